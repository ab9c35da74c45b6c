package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.Cci;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Who reads the catalogue, as its rules need it: the CCIs they serve and the communities they are an
     * active member of, read once (two queries), then every service is judged in memory.
     */
    Reader reader(Account account) {
        if (account == null) {
            return new Reader(false, false, Set.of(), Set.of());
        }
        @SuppressWarnings("unchecked")
        List<Number> communities = em.createNativeQuery("SELECT community_id FROM app.membership WHERE account_id = ?1"
                + " AND status = 'ACTIVE'").setParameter(1, account.getId()).getResultList();
        return new Reader(true, isAdmin(account), servedBy(account).stream().map(Cci::getId).collect(Collectors.toSet()),
                communities.stream().map(Number::longValue).collect(Collectors.toSet()));
    }

    /** A reader of the catalogue (a visitor: not signed in); see {@link #reader}. */
    record Reader(boolean signedIn, boolean admin, Set<Long> ccisServed, Set<Long> communities) {

        boolean serves(Cci cci) {
            return admin || ccisServed.contains(cci.getId());
        }

        /** Whether they see the service: its CCI's staff always, others while it is in the catalogue and open to them. */
        boolean reads(SupportOffer offer) {
            return serves(offer.getCci()) || offer.isActive() && (offer.isAllMembers() || isInAudience(offer));
        }

        /** Whether they may ask for it: signed in, and every member or a member of one of its communities. */
        boolean isInAudience(SupportOffer offer) {
            return signedIn && (offer.isAllMembers() || offer.getCommunities().stream().anyMatch(c -> communities.contains(c.getId())));
        }
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
