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
        if (event.isPublicAccess() || invited(event, me)) {
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

    /** Whether the person was invited (a candidate of the consultation a meeting session was opened from). */
    boolean invited(Event event, Account me) {
        return !em.createNativeQuery("SELECT 1 FROM app.event_invitation WHERE event_id = ?1 AND account_id = ?2")
                .setParameter(1, event.getId()).setParameter(2, me.getId()).getResultList().isEmpty();
    }

    /**
     * Invites the people of {@code accountIds} not invited yet (whatever its audience, they may register);
     * returns the ids invited now.
     */
    public List<Long> invite(Event event, List<Long> accountIds, java.time.Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> invited = em.createNativeQuery("INSERT INTO app.event_invitation (event_id, account_id, invited_at)"
                + " SELECT ?1, a.id, ?2 FROM app.account a WHERE a.id = ANY(CAST(?3 AS BIGINT[])) AND a.status = 'ACTIVE'"
                + " ON CONFLICT DO NOTHING RETURNING account_id").setParameter(1, event.getId())
                .setParameter(2, java.sql.Timestamp.from(now)).setParameter(3, AccountEraser.array(accountIds)).getResultList();
        return invited.stream().map(Number::longValue).toList();
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
