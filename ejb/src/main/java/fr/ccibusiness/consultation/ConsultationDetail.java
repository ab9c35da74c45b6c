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
                                 boolean publicAccess, List<String> communities, Criteria criteria, List<LotView> lots,
                                 ConsultationStatus state, Instant publishedAt,
                                 Instant cancelledAt, String cancelReason, List<String> winners, List<Document> documents,
                                 Integer notifiedCount, boolean manager) {

    /** What it asks of the companies, and where the work is: each list readable as it is shown (code and label, commune's name). */
    public record Criteria(List<String> nafCodes, List<String> certifications, List<String> competences, List<String> places) {

        public boolean isEmpty() {
            return nafCodes.isEmpty() && certifications.isEmpty() && competences.isEmpty() && places.isEmpty();
        }
    }

    /** A lot: its id (to respond to it) and its label. */
    public record LotView(long id, String label) {
    }

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
