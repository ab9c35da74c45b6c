package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.Community;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what with an event, read at every call (a member who leaves a community, an animator
 * replaced, lose their rights at once):
 * <ul>
 * <li>organise it: administrators; the animators of its community; the staff of its CCI (a community's,
 * or the CCI a buyer organisation works with); the buyers of its organisation;</li>
 * <li>register: every active account for a public event, else the active members of its audience
 * communities;</li>
 * <li>read it: whoever may register or organise, and whoever is registered.</li>
 * </ul>
 */
@Dependent
public class EventAccess {

    @PersistenceContext
    private EntityManager em;

    public boolean organises(Event event, Account me) {
        return me.getRoles().contains(Role.ADMIN)
                || event.getCommunity() != null && event.getCommunity().isAnimatedBy(me)
                || event.getCci().isServedBy(me)
                || event.getOrganisation() != null && event.getOrganisation().hasBuyer(me);
    }

    boolean mayRegister(Event event, Account me) {
        if (event.isPublicAccess()) {
            return true;
        }
        List<Long> audience = event.getAudience().stream().map(Community::getId).toList();
        return !audience.isEmpty() && !em.createNativeQuery("SELECT 1 FROM app.membership WHERE account_id = ?1"
                        + " AND status = 'ACTIVE' AND community_id = ANY(CAST(?2 AS BIGINT[]))").setParameter(1, me.getId())
                .setParameter(2, AccountEraser.array(audience)).getResultList().isEmpty();
    }

    boolean reads(Event event, Optional<Account> me, Optional<Registration> mine) {
        if (event.isPublicAccess()) {
            return true;
        }
        return me.isPresent() && (mine.isPresent() || organises(event, me.get()) || mayRegister(event, me.get()));
    }

    /** Whether the person holds a confirmed place at the event (what taking part in its meeting session asks). */
    public boolean attends(Event event, Account me) {
        return !em.createQuery("SELECT r.id FROM Registration r WHERE r.event = :event AND r.account = :me"
                + " AND r.status = fr.ccibusiness.event.RegistrationStatus.CONFIRMED", Long.class).setParameter("event", event)
                .setParameter("me", me).getResultList().isEmpty();
    }

    /** The event if the caller organises it; otherwise, whatever the id, it does not exist. */
    public Event organised(long eventId, Account me) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !organises(event, me)) {
            throw new EventNotFoundException();
        }
        return event;
    }
}
