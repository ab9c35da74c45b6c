package fr.ccibusiness.consultation;

import java.time.Instant;

/** A consultation in a list: enough to choose it. */
public record ConsultationSummary(long id, String reference, String title, String organisation, ConsultationStatus state,
                                  Instant responseDeadline, boolean publicAccess) {

    static ConsultationSummary of(Consultation c, Instant now) {
        return new ConsultationSummary(c.getId(), c.getReference(), c.getTitle(), c.getOrganisation().getName(), c.state(now),
                c.getResponseDeadline(), c.isPublicAccess());
    }
}
