package fr.ccibusiness.outbox;

import fr.ccibusiness.account.AccountErasure;
import fr.ccibusiness.account.AccountEraser;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Mail still waiting for an erased person (tied to the account or to its address) goes with it. */
@Dependent
public class OutboxErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        em.createNativeQuery("DELETE FROM app.outbox_mail WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("DELETE FROM app.outbox_mail WHERE recipient = ANY(ARRAY(SELECT email FROM app.account"
                + " WHERE id = ANY(CAST(?1 AS BIGINT[]))))").setParameter(1, ids).executeUpdate();
    }
}
