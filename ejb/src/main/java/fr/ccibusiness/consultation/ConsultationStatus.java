package fr.ccibusiness.consultation;

/**
 * Where a consultation is in its life. CLOSED is never stored: a published consultation is closed
 * from its response deadline on, to the minute, whatever a batch has or has not run.
 */
public enum ConsultationStatus {
    DRAFT, PUBLISHED, CLOSED, OPENED, AWARDED, CANCELLED
}
