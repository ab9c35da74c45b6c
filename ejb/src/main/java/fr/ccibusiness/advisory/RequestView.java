package fr.ccibusiness.advisory;

import java.time.Instant;
import java.util.List;

/**
 * A request as one side reads it: the member sees messages and steps, the CCI also its notes and the
 * requester's address. What the reader may do next is decided here, from the state.
 */
public record RequestView(long id, long offerId, String offerTitle, String cciName, String companyName, String requesterName,
                          String requesterEmail, Long advisorId, String advisorName, String message, SupportStatus status,
                          Instant submittedAt, Instant dueAt, Instant assignedAt, Instant startedAt, Instant firstAnsweredAt,
                          Instant closedAt, String declineReason, Integer rating, String ratingComment, Instant ratedAt,
                          boolean overdue, List<Attachment> attachments, List<Entry> entries) {

    /** A file, with the entry it came with (null: with the request). */
    public record Attachment(long id, Long entryId, String fileName, long sizeBytes, Instant uploadedAt) {
    }

    /** A line of the history; a step's {@code body} is the state it reached, {@code detail} whom it was given to. */
    public record Entry(long id, EntryKind kind, boolean fromCci, String authorName, String body, String detail, Instant writtenAt,
                        List<Attachment> attachments) {
    }

    /** The last day of the CCI's commitment (the due instant is the midnight that ends it). */
    public java.time.LocalDate getDueDay() {
        return WorkingDays.lastDay(dueAt);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isWithdrawable() {
        return status == SupportStatus.NEW;
    }

    public boolean isRateable() {
        return status == SupportStatus.DONE && rating == null;
    }

    public boolean isStartable() {
        return status == SupportStatus.ASSIGNED;
    }

    public boolean isCompletable() {
        return status == SupportStatus.IN_PROGRESS;
    }

    /** The files sent with the request itself. */
    public List<Attachment> getRequestAttachments() {
        return attachments.stream().filter(a -> a.entryId() == null).toList();
    }
}
