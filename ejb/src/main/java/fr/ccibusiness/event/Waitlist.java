package fr.ccibusiness.event;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places of an event and its waiting list. Every change to who holds a place happens with the
 * event's row locked ({@link #locked}), so two people taking the last place at once are served one
 * after the other: one gets it, the other waits. A freed place is offered to the first one waiting
 * (first come, first served), who is e-mailed and has 48 hours to take it; an offer not taken expires
 * and the place goes to the next one.
 */
@Dependent
public class Waitlist {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EventMail mail;

    @Inject
    private Clock clock;

    /** The event, its row locked until the transaction ends; null when there is none. */
    Event locked(long eventId) {
        return em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    long placesHeld(Event event) {
        return em.createNamedQuery("Registration.placesHeld", Long.class).setParameter("event", event).getSingleResult();
    }

    /** The places held at each of the events, in one query (events without any are left out). */
    Map<Long, Long> placesHeld(Collection<Long> eventIds) {
        Map<Long, Long> held = new HashMap<>();
        if (!eventIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT r.event.id, count(r) FROM Registration r WHERE r.event.id IN :ids"
                    + " AND r.status IN (fr.ccibusiness.event.RegistrationStatus.CONFIRMED, fr.ccibusiness.event.RegistrationStatus.OFFERED)"
                    + " GROUP BY r.event.id", Object[].class).setParameter("ids", eventIds).getResultList()) {
                held.put((Long) row[0], (Long) row[1]);
            }
        }
        return held;
    }

    long waiting(Event event) {
        return em.createQuery("SELECT count(r) FROM Registration r WHERE r.event = :event"
                + " AND r.status = fr.ccibusiness.event.RegistrationStatus.WAITING", Long.class).setParameter("event", event)
                .getSingleResult();
    }

    /** A waiting registration's place in the queue, from 1. */
    int positionOf(Registration registration) {
        return 1 + em.createQuery("SELECT count(r) FROM Registration r WHERE r.event = :event"
                        + " AND r.status = fr.ccibusiness.event.RegistrationStatus.WAITING AND (r.registeredAt < :at"
                        + " OR (r.registeredAt = :at AND r.id < :id))", Long.class)
                .setParameter("event", registration.getEvent()).setParameter("at", registration.getRegisteredAt())
                .setParameter("id", registration.getId()).getSingleResult().intValue();
    }

    /** A place for a newcomer only if one is free and nobody waits for it already. The event must be locked. */
    boolean placeFreeFor(Event event) {
        return placesHeld(event) < event.getCapacity() && waiting(event) == 0;
    }

    /** Offers every free place to those waiting, in order, while the event takes offers. The event must be locked. */
    void fill(Event event) {
        Instant now = clock.instant();
        if (!event.takesOffers(now)) {
            return;
        }
        long free = event.getCapacity() - placesHeld(event);
        if (free <= 0) {
            return;
        }
        List<Registration> next = em.createNamedQuery("Registration.waiting", Registration.class).setParameter("event", event)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE)).getResultList();
        for (Registration registration : next) {
            registration.offer(now);
            mail.send(registration, EventMail.Kind.OFFERED, registration.getOfferExpiresAt());
        }
        em.flush();
    }

    /** Expires the offers whose 48 hours ran out, and offers their places to the next ones; returns how many expired. */
    int expireOffers() {
        Instant now = clock.instant();
        // Ids only: the registrations are read once their event is locked, as they are then.
        List<Long> events = em.createQuery("SELECT DISTINCT r.event.id FROM Registration r WHERE"
                + " r.status = fr.ccibusiness.event.RegistrationStatus.OFFERED AND r.offerExpiresAt <= :now", Long.class)
                .setParameter("now", now).setMaxResults(500).getResultList();
        int expired = 0;
        for (long eventId : events) {
            Event event = locked(eventId);
            for (Registration offer : em.createQuery("SELECT r FROM Registration r WHERE r.event = :event"
                    + " AND r.status = fr.ccibusiness.event.RegistrationStatus.OFFERED AND r.offerExpiresAt <= :now",
                    Registration.class).setParameter("event", event).setParameter("now", now).getResultList()) {
                offer.expire();
                mail.send(offer, EventMail.Kind.OFFER_EXPIRED);
                expired++;
            }
            em.flush();
            fill(event);
        }
        return expired;
    }
}
