package fr.ccibusiness.outbox;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.platform.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The senders' short transactions on the outbox: claim due rows (any number of senders, on any number of
 * servers, each row to one of them), then take out a sent one or plan its next attempt. The relay is
 * never called inside them.
 */
@ApplicationScoped
public class OutboxStore {

    /** How long a claim holds: longer than a batch can take, timeouts included; then the row is claimable again. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailDelivered> delivered;

    /** A claimed row: its id and the mail. */
    public record Claimed(long id, OutgoingMail mail) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int max) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("UPDATE app.outbox_mail SET status = 'SENDING', next_attempt_at = ?1"
                        + " WHERE id IN (SELECT id FROM app.outbox_mail WHERE status IN ('PENDING', 'SENDING')"
                        + " AND next_attempt_at <= ?2 ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id")
                .setParameter(1, Timestamp.from(now.plus(LEASE))).setParameter(2, Timestamp.from(now))
                .setParameter(3, max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.id", OutboxMail.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultStream()
                .map(m -> new Claimed(m.getId(), m.toMail())).toList();
    }

    /** The relay accepted it: the row goes, and whoever waits on that mail is told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Claimed claimed) {
        em.createNativeQuery("DELETE FROM app.outbox_mail WHERE id = ?1").setParameter(1, claimed.id()).executeUpdate();
        delivered.fire(new MailDelivered(claimed.mail().kind(), claimed.mail().accountId(), clock.instant()));
    }

    /** This attempt failed: the next one after a doubled wait, or FAILED after the last. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claimed claimed, String error) {
        OutboxMail mail = em.find(OutboxMail.class, claimed.id());
        if (mail != null) {
            mail.attemptFailed(error, clock.instant());
        }
    }

    /** Claimed but not tried (the relay failed on an earlier one): back to waiting, no attempt counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(List<Claimed> untried) {
        if (!untried.isEmpty()) {
            em.createNativeQuery("UPDATE app.outbox_mail SET status = 'PENDING', next_attempt_at = ?1"
                            + " WHERE id = ANY(CAST(?2 AS BIGINT[])) AND status = 'SENDING'")
                    .setParameter(1, Timestamp.from(clock.instant().plus(OutboxMail.FIRST_RETRY)))
                    .setParameter(2, AccountEraser.array(untried.stream().map(Claimed::id).toList()))
                    .executeUpdate();
        }
    }
}
