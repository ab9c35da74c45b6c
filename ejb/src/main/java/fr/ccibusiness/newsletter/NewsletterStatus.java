package fr.ccibusiness.newsletter;

public enum NewsletterStatus {
    /** Being written. */
    DRAFT,
    /** Waits for its date; can still be edited or cancelled. */
    SCHEDULED,
    /** The dispatch job is sending it. */
    SENDING,
    /** Every subscriber of the moment was handled (sent or failed). */
    SENT,
    /** Cancelled before it started. */
    CANCELLED
}
