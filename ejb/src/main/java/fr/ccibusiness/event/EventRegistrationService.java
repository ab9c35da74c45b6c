package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events as people find and attend them: the list of those open to the reader, an event's page,
 * registering (a place, or the waiting list), taking a place offered, withdrawing, and one's calendar
 * entry. Visitors see the public events only; nobody but the organisers sees who else registered.
 */
@Stateless
@PermitAll
public class EventRegistrationService {

    private static final int LIST_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private EventAccess access;

    @Inject
    private Waitlist waitlist;

    @Inject
    private EventMail mail;

    @Inject
    private Clock clock;

    /** The events not yet over that the caller may register to (visitors: the public ones), soonest first. */
    @PermitAll
    public List<EventSummary> upcoming() {
        Optional<Account> me = signedIn();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT e.id FROM app.event e WHERE e.status = 'PUBLISHED' AND e.ends_at > ?1"
                        + " AND (e.public_access OR EXISTS (SELECT 1 FROM app.event_audience a JOIN app.membership m"
                        + " ON m.community_id = a.community_id WHERE a.event_id = e.id AND m.account_id = ?2 AND m.status = 'ACTIVE'))"
                        + " ORDER BY e.starts_at, e.id LIMIT " + LIST_MAX)
                .setParameter(1, Timestamp.from(now)).setParameter(2, me.map(Account::getId).orElse(-1L)).getResultList();
        return summaries(ids.stream().map(Number::longValue).toList(), me);
    }

    /** The caller's registrations to events not yet over (waiting and offered included), soonest first. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<EventSummary> mine() {
        Account me = caller();
        List<Long> ids = em.createNamedQuery("Registration.mine", Registration.class).setParameter("account", me)
                .setParameter("now", clock.instant()).getResultStream().map(r -> r.getEvent().getId()).toList();
        return summaries(ids, Optional.of(me));
    }

    /** An event's page, for whoever may read it; anyone else is told it does not exist. */
    @PermitAll
    public EventDetail event(long eventId) {
        Optional<Account> me = signedIn();
        Event event = em.find(Event.class, eventId);
        Optional<Registration> mine = event == null ? Optional.empty() : me.flatMap(a -> registrationOf(event, a));
        if (event == null || !access.reads(event, me, mine)) {
            throw new EventNotFoundException();
        }
        Instant now = clock.instant();
        boolean open = !event.isCancelled() && !now.isAfter(event.getRegistrationDeadline()) && event.getStartsAt().isAfter(now);
        RegistrationStatus status = mine.map(Registration::getStatus).orElse(null);
        Integer position = status == RegistrationStatus.WAITING ? waitlist.positionOf(mine.get()) : null;
        return new EventDetail(event.getId(), event.getTitle(), event.getDescription(), event.getHostName(), event.getStartsAt(),
                event.getEndsAt(), event.getPlace(), event.getOnlineLink(), event.getCapacity(),
                Math.max(0, event.getCapacity() - waitlist.placesHeld(event)), waitlist.waiting(event),
                event.getRegistrationDeadline(), event.isPublicAccess(),
                event.getAudience().stream().map(c -> c.getName()).toList(), event.isCancelled(), event.getCancelReason(), open,
                me.isPresent() && access.mayRegister(event, me.get()), me.isPresent() && access.organises(event, me.get()),
                status, status == RegistrationStatus.OFFERED ? mine.get().getOfferExpiresAt() : null, position,
                !em.createNativeQuery("SELECT 1 FROM app.meeting_session WHERE event_id = ?1").setParameter(1, eventId).getResultList()
                        .isEmpty());
    }

    /**
     * Registers the caller: a place if one is free and nobody waits before them, else the end of the
     * waiting list. The event's row is locked meanwhile, so two people after the last place are served in
     * turn. Returns where the caller now stands.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public RegistrationStatus register(long eventId) {
        Account me = caller();
        Event event = Optional.ofNullable(waitlist.locked(eventId)).orElseThrow(EventNotFoundException::new);
        Optional<Registration> existing = registrationOf(event, me);
        if (!access.mayRegister(event, me)) {
            if (!access.reads(event, Optional.of(me), existing)) {
                throw new EventNotFoundException();
            }
            throw new InvalidEventException("event.state.notInAudience");
        }
        event.requireRegistrationOpen(clock.instant());
        Registration registration = existing.orElseGet(() -> new Registration(event, me));
        registration.register(waitlist.placeFreeFor(event), clock.instant());
        if (registration.getId() == null) {
            em.persist(registration);
        }
        em.flush();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            mail.send(registration, EventMail.Kind.REGISTERED);
        } else {
            mail.send(registration, EventMail.Kind.WAITING, waitlist.positionOf(registration));
        }
        return registration.getStatus();
    }

    /** Takes the place offered to the caller, while the offer runs: the invitation follows. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void takeOfferedPlace(long eventId) {
        Account me = caller();
        Event event = Optional.ofNullable(waitlist.locked(eventId)).orElseThrow(EventNotFoundException::new);
        Registration registration = registrationOf(event, me).orElseThrow(EventNotFoundException::new);
        registration.confirm(clock.instant());
        mail.send(registration, EventMail.Kind.REGISTERED);
    }

    /** Withdraws the caller (registered, offered or waiting); a place freed goes to the first one waiting. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void withdraw(long eventId) {
        Account me = caller();
        Event event = Optional.ofNullable(waitlist.locked(eventId)).orElseThrow(EventNotFoundException::new);
        Registration registration = registrationOf(event, me).orElseThrow(EventNotFoundException::new);
        if (event.isCancelled()) {
            throw new InvalidEventException("event.state.cancelled");
        }
        boolean wasConfirmed = registration.getStatus() == RegistrationStatus.CONFIRMED;
        if (registration.cancel(clock.instant())) {
            em.flush();
            waitlist.fill(event);
        }
        if (wasConfirmed) {
            mail.send(registration, EventMail.Kind.WITHDRAWN);
        }
    }

    /** The caller's calendar entry for an event they hold a confirmed place at. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public String calendar(long eventId) {
        Account me = caller();
        Event event = em.find(Event.class, eventId);
        Registration registration = event == null ? null : registrationOf(event, me)
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED && !event.isCancelled()).orElse(null);
        if (registration == null) {
            throw new EventNotFoundException();
        }
        return mail.calendarOf(registration);
    }

    private List<EventSummary> summaries(List<Long> ids, Optional<Account> me) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> held = waitlist.placesHeld(ids);
        Map<Long, RegistrationStatus> mine = new HashMap<>();
        me.ifPresent(account -> em.createQuery("SELECT r FROM Registration r WHERE r.account = :me AND r.event.id IN :ids",
                        Registration.class).setParameter("me", account).setParameter("ids", ids).getResultStream()
                .forEach(r -> mine.put(r.getEvent().getId(), r.getStatus())));
        Map<Long, Event> events = new HashMap<>();
        em.createQuery("SELECT e FROM Event e WHERE e.id IN :ids", Event.class).setParameter("ids", ids).getResultStream()
                .forEach(e -> events.put(e.getId(), e));
        return ids.stream().map(events::get).map(e -> EventSummary.of(e, held.getOrDefault(e.getId(), 0L), mine.get(e.getId())))
                .toList();
    }

    private Optional<Registration> registrationOf(Event event, Account me) {
        return em.createNamedQuery("Registration.of", Registration.class).setParameter("event", event).setParameter("account", me)
                .getResultStream().findFirst();
    }

    private Optional<Account> signedIn() {
        return accounts.byEmail(context.getCallerPrincipal().getName());
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
