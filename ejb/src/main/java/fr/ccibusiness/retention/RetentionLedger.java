package fr.ccibusiness.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The retention job's own bookkeeping: a run is opened once per job instance with the instant its
 * rules use (a restart keeps it, so that it neither skips nor adds anyone), counted chunk by chunk,
 * and closed when the job completes.
 */
@ApplicationScoped
@Transactional
public class RetentionLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Opens the run of this job instance if it is new; returns the "as of" instant of the run. */
    public Instant open(long jobInstanceId) {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("INSERT INTO app.retention_run (job_instance_id, started_at, as_of) VALUES (?1, ?2, ?2)"
                + " ON CONFLICT (job_instance_id) DO NOTHING").setParameter(1, jobInstanceId).setParameter(2, now)
                .executeUpdate();
        return asOf(jobInstanceId);
    }

    public Instant asOf(long jobInstanceId) {
        Object asOf = em.createNativeQuery("SELECT as_of FROM app.retention_run WHERE job_instance_id = ?1")
                .setParameter(1, jobInstanceId).getSingleResult();
        return ((Timestamp) asOf).toInstant();
    }

    /** Adds to a rule's counter, in the transaction of the chunk that applied it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(long jobInstanceId, RetentionRule rule, int items) {
        em.createNativeQuery("UPDATE app.retention_run SET " + rule.counter() + " = " + rule.counter() + " + ?1"
                + " WHERE job_instance_id = ?2").setParameter(1, items).setParameter(2, jobInstanceId).executeUpdate();
    }

    public void close(long jobInstanceId) {
        em.createNativeQuery("UPDATE app.retention_run SET finished_at = ?1 WHERE job_instance_id = ?2")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, jobInstanceId).executeUpdate();
    }

    /** Warnings queued and not yet accepted by the relay (waiting, being sent, or failed). */
    public long warningsNotSent() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM app.outbox_mail WHERE kind = ?1")
                .setParameter(1, RetentionWarnings.KIND).getSingleResult()).longValue();
    }

    public List<RetentionRun> latest(int count) {
        return em.createNamedQuery("RetentionRun.latest", RetentionRun.class).setMaxResults(count).getResultList();
    }
}
