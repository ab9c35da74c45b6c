package fr.ccibusiness.outbox;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The administrators' view of the outbox: how much waits, what failed every attempt, and retrying it. */
@Stateless
@RolesAllowed(Names.ADMIN)
public class OutboxConsoleService {

    private static final int FAILED_SHOWN = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutboxSenders senders;

    /** How many mails are in each state (a sent mail has left the outbox). */
    @RolesAllowed(Names.ADMIN)
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status", Object[].class).getResultStream()
                .forEach(row -> counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The latest mails that failed every attempt, newest first. */
    @RolesAllowed(Names.ADMIN)
    public List<OutboxMail> failed() {
        return em.createNamedQuery("OutboxMail.failed", OutboxMail.class).setMaxResults(FAILED_SHOWN).getResultList();
    }

    /** Every failed mail gets a fresh set of attempts, starting now; returns how many. */
    @RolesAllowed(Names.ADMIN)
    public int retryFailed() {
        List<OutboxMail> failed = em.createNamedQuery("OutboxMail.failed", OutboxMail.class).getResultList();
        failed.forEach(mail -> mail.retry(clock.instant()));
        senders.wake();
        return failed.size();
    }
}
