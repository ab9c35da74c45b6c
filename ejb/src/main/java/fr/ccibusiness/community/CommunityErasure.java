package fr.ccibusiness.community;

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
        long id = erasure.accountId();
        em.createNamedQuery("Membership.deleteOfAccount").setParameter("accountId", id).executeUpdate();
        em.createNamedQuery("NewsletterSubscription.deleteOfAccount").setParameter("accountId", id).executeUpdate();
        em.createNativeQuery("DELETE FROM app.community_animator WHERE account_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM app.cci_staff WHERE account_id = ?1").setParameter(1, id).executeUpdate();
    }
}
