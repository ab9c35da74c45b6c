package fr.ccibusiness.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A consultation as a page shows it: what it says, its deadlines, audience and state, and its tender
 * documents, and once awarded the companies it retained. Download counts are filled in for its
 * organisation's buyers only.
 */
public record ConsultationDetail(long id, String reference, String title, String organisation, BuyerKind buyerKind,
                                 String objectHtml, ValueBand valueBand, Instant questionDeadline, Instant responseDeadline,
                                 boolean publicAccess, List<String> communities, ConsultationStatus state, Instant publishedAt,
                                 Instant cancelledAt, String cancelReason, List<String> winners, List<Document> documents,
                                 Integer notifiedCount, boolean manager) {

    /** A tender document and its versions, newest first. */
    public record Document(long id, String title, List<Version> versions) {
    }

    public record Version(long id, int number, String fileName, long sizeBytes, String sha256, Instant uploadedAt,
                          long downloads) {
    }

    public boolean isDraft() {
        return state == ConsultationStatus.DRAFT;
    }

    public boolean isOpenForChanges() {
        return state == ConsultationStatus.DRAFT || state == ConsultationStatus.PUBLISHED;
    }

    public boolean isCancellable() {
        return state != ConsultationStatus.AWARDED && state != ConsultationStatus.CANCELLED;
    }
}
