package fr.ccibusiness.rights;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * On erasure of a DPO's account, the history of the requests they handled stays, without them. The
 * requests themselves are kept as the proof that rights were answered (GDPR article 5(2)); they are
 * not tied to an account.
 */
@Dependent
public class RightsErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        em.createNativeQuery("UPDATE app.rights_request_action SET actor_id = NULL WHERE actor_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, AccountEraser.array(erasure.accountIds())).executeUpdate();
    }
}
