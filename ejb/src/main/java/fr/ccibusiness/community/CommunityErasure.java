package fr.ccibusiness.community;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's part of the communities on erasure: memberships, subscriptions, animation and staff roles. */
@Dependent
public class CommunityErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        var ids = erasure.accountIds();
        em.createNamedQuery("Membership.deleteOfAccounts").setParameter("accountIds", ids).executeUpdate();
        em.createNamedQuery("NewsletterSubscription.deleteOfAccounts").setParameter("accountIds", ids).executeUpdate();
        for (String table : new String[] {"community_animator", "cci_staff"}) {
            em.createNativeQuery("DELETE FROM app." + table + " WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                    .setParameter(1, AccountEraser.array(ids)).executeUpdate();
        }
    }
}
