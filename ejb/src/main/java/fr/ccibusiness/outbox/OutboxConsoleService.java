package fr.ccibusiness.outbox;

import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

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

    /**
     * The list {@link #failed} gives, for an export (CSV or Excel): it holds addresses, so the export is
     * written to the audit trail, naming the accounts the mails were written to.
     */
    @RolesAllowed(Names.ADMIN)
    public List<OutboxMail> exportFailed(String format) {
        List<OutboxMail> failed = failed();
        audit.export(accounts.caller(context), Role.ADMIN, failed.stream().map(OutboxMail::getAccountId).filter(Objects::nonNull)
                .distinct().toList(), failed.size() + " e-mail(s) en échec exporté(s)", "export " + format + " des e-mails en échec");
        return failed;
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
