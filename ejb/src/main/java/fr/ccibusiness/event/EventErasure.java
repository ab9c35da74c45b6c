package fr.ccibusiness.event;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A person's part of the events on erasure: their registrations go, and a place they held goes to the
 * first one waiting, as if they had withdrawn; the events they created stay, without them.
 */
@Dependent
public class EventErasure {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Waitlist waitlist;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        @SuppressWarnings("unchecked")
        List<Number> freed = em.createNativeQuery("SELECT DISTINCT event_id FROM app.event_registration"
                + " WHERE account_id = ANY(CAST(?1 AS BIGINT[])) AND status IN ('CONFIRMED', 'OFFERED') ORDER BY event_id")
                .setParameter(1, ids).getResultList();
        // Their events locked first, in id order, as registering locks them: no deadlock with a registration under way.
        List<Event> events = freed.stream().map(id -> waitlist.locked(id.longValue())).toList();
        em.createNativeQuery("DELETE FROM app.event_registration WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("DELETE FROM app.event_invitation WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.event SET created_by = NULL WHERE created_by = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        events.forEach(waitlist::fill);
    }
}
