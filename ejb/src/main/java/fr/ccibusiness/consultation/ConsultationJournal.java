package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes and verifies the consultations' journals. Appending takes the consultation's row lock, so
 * two entries written at once get consecutive numbers and chain to each other; the last entry's number
 * and hash are kept on the consultation, so that lines cut from the end are detected too.
 */
@Dependent
public class ConsultationJournal {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Appends an entry in the caller's transaction. {@code detail} never names a person: the actor is a number. */
    public void record(Consultation consultation, JournalKind kind, Account actor, String detail) {
        em.flush();
        long id = consultation.getId();
        em.createNativeQuery("SELECT 1 FROM app.consultation WHERE id = ?1 FOR UPDATE").setParameter(1, id).getSingleResult();
        JournalEntry previous = em.createNamedQuery("JournalEntry.last", JournalEntry.class).setParameter("id", id)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        JournalEntry entry = new JournalEntry(id, previous, clock.instant(), kind, actor, detail);
        em.persist(entry);
        em.createNativeQuery("UPDATE app.consultation SET journal_seq = ?1, journal_hash = ?2 WHERE id = ?3")
                .setParameter(1, entry.getSeq()).setParameter(2, entry.getHash()).setParameter(3, id).executeUpdate();
    }

    public List<JournalEntry> entries(Consultation consultation) {
        return em.createNamedQuery("JournalEntry.ofConsultation", JournalEntry.class).setParameter("id", consultation.getId())
                .getResultList();
    }

    /** Recomputes the chain from the rows as the database holds them now. */
    public JournalCheck verify(Consultation consultation) {
        em.flush();
        List<JournalEntry> entries = entries(consultation);
        entries.forEach(em::refresh);
        String expectedPrevious = JournalChain.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            if (entry.getSeq() != i + 1 || !entry.getPreviousHash().equals(expectedPrevious)
                    || !entry.computedHash().equals(entry.getHash())) {
                return new JournalCheck(false, entries.size(), i + 1);
            }
            expectedPrevious = entry.getHash();
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT journal_seq, journal_hash FROM app.consultation WHERE id = ?1")
                .setParameter(1, consultation.getId()).getSingleResult();
        if (((Number) head[0]).intValue() != entries.size() || !expectedPrevious.equals(head[1].toString())) {
            return new JournalCheck(false, entries.size(), entries.size() + 1);
        }
        return new JournalCheck(true, entries.size(), null);
    }
}
