package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.Cci;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may do what with the support services, in one place for every service bean: a CCI's staff
 * serve its catalogue and its requests, administrators all; a member reads the services open to
 * every member and those of their communities, and only their own requests.
 */
@Dependent
public class SupportAccess {

    @PersistenceContext
    private EntityManager em;

    static boolean isAdmin(Account account) {
        return account != null && account.getRoles().contains(Role.ADMIN);
    }

    /** Whether {@code account} works for {@code cci} (or administers the platform). */
    boolean serves(Account account, Cci cci) {
        return account != null && (isAdmin(account) || cci.isServedBy(account));
    }

    /** The CCIs the caller serves: all for an administrator. */
    List<Cci> servedBy(Account account) {
        return isAdmin(account) ? em.createNamedQuery("Cci.regionalFirst", Cci.class).getResultList()
                : em.createQuery("SELECT c FROM Cci c JOIN c.staff s WHERE s = :me ORDER BY c.regional DESC, c.name", Cci.class)
                        .setParameter("me", account).getResultList();
    }

    /** Whether the caller (or a visitor: null) sees a service in the catalogue. */
    boolean reads(SupportOffer offer, Account account) {
        if (serves(account, offer.getCci())) {
            return true;
        }
        return offer.isActive() && (offer.isAllMembers() || account != null && isInAudience(offer, account));
    }

    /** Whether the caller is an active member of one of the communities the service is reserved to. */
    boolean isInAudience(SupportOffer offer, Account account) {
        return offer.isAllMembers() || !em.createNativeQuery("SELECT 1 FROM app.membership m JOIN app.support_offer_community o"
                        + " ON o.community_id = m.community_id WHERE o.offer_id = ?1 AND m.account_id = ?2 AND m.status = 'ACTIVE'")
                .setParameter(1, offer.getId()).setParameter(2, account.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    /** A request the caller may work on as the CCI: found, of a CCI they serve; anything else is not found. */
    SupportRequest served(long requestId, Account account) {
        return served(requestId, account, LockModeType.NONE);
    }

    /** The same, its row locked for a change (two advisors acting at once are served in turn). */
    SupportRequest served(long requestId, Account account, LockModeType lock) {
        SupportRequest request = em.find(SupportRequest.class, requestId, lock);
        if (request == null || !serves(account, request.getCci())) {
            throw new SupportNotFoundException();
        }
        return request;
    }

    /** A request of the caller's own; anything else is not found. */
    SupportRequest own(long requestId, Account account, LockModeType lock) {
        SupportRequest request = em.find(SupportRequest.class, requestId, lock);
        if (request == null || !request.isRequestedBy(account)) {
            throw new SupportNotFoundException();
        }
        return request;
    }
}
