package fr.ccibusiness.retention;

/** The rules of the retention job, in the order its steps apply them; each counts in its own column of a run. */
public enum RetentionRule {
    /** A registration whose address was never confirmed, after 7 days. */
    UNVERIFIED("deleted_unverified"),
    /** An account in no community is told, 15 days before, that it will be deleted. */
    WARN_INACTIVE("warned"),
    /** An account in no community 6 months after its creation, warned long enough ago. */
    INACTIVE("deleted_inactive"),
    /** Connection log lines older than 12 months. */
    CONNECTION_LOGS("purged_connection_logs"),
    /** Rights requests whose address was never confirmed, after 7 days. */
    UNCONFIRMED_REQUESTS("purged_unconfirmed_requests"),
    /** A consultation's file (responses, journal, documents, questions), 5 years after its award or cancellation. */
    CONSULTATIONS("purged_consultations"),
    /** An event with its registrations, 24 months after it ended. */
    EVENTS("purged_events"),
    /** A support request, with its messages and files, 3 years after it was closed (done, declined or withdrawn). */
    SUPPORT_REQUESTS("purged_support_requests");

    private final String counter;

    RetentionRule(String counter) {
        this.counter = counter;
    }

    String counter() {
        return counter;
    }
}
