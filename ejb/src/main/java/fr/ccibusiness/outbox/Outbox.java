package fr.ccibusiness.outbox;

import fr.ccibusiness.platform.OutgoingMail;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Where every {@link OutgoingMail} goes: a row written in the transaction that fired it, and, once that
 * transaction has committed, a signal to this server's senders. Nothing here talks to the relay.
 */
@Dependent
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutboxSenders senders;

    void write(@Observes(during = TransactionPhase.IN_PROGRESS) OutgoingMail mail) {
        em.persist(new OutboxMail(mail, clock.instant()));
    }

    void signal(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        senders.wake();
    }
}
