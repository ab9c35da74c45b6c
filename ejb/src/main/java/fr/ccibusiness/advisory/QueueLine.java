package fr.ccibusiness.advisory;

import java.time.Instant;

/** A line of the work queue. */
public record QueueLine(long id, Instant submittedAt, String offerTitle, String companyName, String requesterName, String cciName,
                        String advisorName, SupportStatus status, Instant dueAt, Instant firstAnsweredAt, boolean overdue) {

    /** The last day of the CCI's commitment (the due instant is the midnight that ends it). */
    public java.time.LocalDate getDueDay() {
        return WorkingDays.lastDay(dueAt);
    }
}
