package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.consultation.Consultation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The link between a buyer's consultation and the meeting session opened from it: its candidates
 * (whoever downloaded its documents, asked a question or deposited a response) and, once both sides
 * take part, the requests of the organisation's buyers to each of them, prepared for the buyer to send.
 */
@Dependent
public class Candidates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The accounts of the consultation's candidates, once each. */
    @SuppressWarnings("unchecked")
    List<Long> of(Consultation consultation) {
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM app.tender_download WHERE consultation_id = ?1"
                + " AND account_id IS NOT NULL UNION SELECT asked_by FROM app.consultation_question WHERE consultation_id = ?1"
                + " AND asked_by IS NOT NULL UNION SELECT deposited_by FROM app.response_deposit WHERE consultation_id = ?1"
                + " AND deposited_by IS NOT NULL").setParameter(1, consultation.getId()).getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }

    /** Prepares a request from each buyer of the consultation's organisation to each candidate taking part, where none exists yet. */
    void prepare(MeetingSession session) {
        Consultation consultation = session.getConsultation();
        if (consultation == null) {
            return;
        }
        Set<Long> candidates = new HashSet<>(of(consultation));
        List<Participant> participants = em.createNamedQuery("Participant.all", Participant.class).setParameter("session", session)
                .getResultList();
        List<Participant> buyers = participants.stream().filter(p -> p.getKind() == ParticipantKind.BUYER
                && consultation.getOrganisation().hasBuyer(p.getAccount())).toList();
        List<Participant> invited = participants.stream().filter(p -> candidates.contains(p.getAccount().getId())
                && !isBuyer(consultation, p.getAccount())).toList();
        Set<String> existing = new HashSet<>();
        for (MeetingRequest request : em.createNamedQuery("MeetingRequest.ofSession", MeetingRequest.class)
                .setParameter("session", session).getResultList()) {
            if (request.getStatus() == RequestStatus.PREPARED || request.getStatus() == RequestStatus.PENDING
                    || request.getStatus() == RequestStatus.ACCEPTED) {
                existing.add(pair(request.getFrom(), request.getTo()));
            }
        }
        for (Participant buyer : buyers) {
            for (Participant candidate : invited) {
                if (existing.add(pair(buyer, candidate))) {
                    em.persist(new MeetingRequest(buyer, candidate, "Candidat·e à la consultation " + consultation.getReference()
                            + " — " + consultation.getTitle(), false, true, clock.instant()));
                }
            }
        }
        em.flush();
    }

    private static boolean isBuyer(Consultation consultation, Account account) {
        return consultation.getOrganisation().hasBuyer(account);
    }

    private static String pair(Participant a, Participant b) {
        return Math.min(a.getId(), b.getId()) + "-" + Math.max(a.getId(), b.getId());
    }
}
