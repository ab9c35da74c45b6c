package fr.ccibusiness.network;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's part of the network on erasure: their requests and connections, and blocks either way. */
@Dependent
public class NetworkErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "DELETE FROM app.contact_request WHERE requester_id = ANY(CAST(?1 AS BIGINT[])) OR recipient_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.member_block WHERE blocker_id = ANY(CAST(?1 AS BIGINT[])) OR blocked_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
    }
}
