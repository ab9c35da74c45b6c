package fr.ccibusiness.notification;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's notifications, sent or waiting, go with their account, and so do the notices other people
 * were to receive about them (a message, a contact request): nobody is told of someone who left.
 */
@Dependent
public class NotificationErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        em.createNativeQuery("DELETE FROM app.notification WHERE account_id = ANY(CAST(?1 AS BIGINT[]))"
                        + " OR about_account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, AccountEraser.array(erasure.accountIds())).executeUpdate();
    }
}
