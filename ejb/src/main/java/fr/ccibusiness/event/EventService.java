package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.consultation.BuyerOrganisation;
import fr.ccibusiness.platform.Csv;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Events as their organisers run them: create and change one (the registrants are sent the calendar
 * update when its title, times or place change), cancel it (everyone is told, the calendar entries are
 * cancelled), read the registrants, export them, check them in on the day and write to them. Who
 * organises an event is {@link EventAccess}'s rule, checked here at every call whatever id is tried;
 * who may host a new one: an animator for their communities, a CCI's staff for their CCI's communities
 * and the buyers it works with, a buyer for their organisation, an administrator for all.
 */
@Stateless
@RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
public class EventService {

    /** How long after its end an event stays in its organisers' list (for the attendance export). */
    private static final Duration LISTED_AFTER_END = Duration.ofDays(90);
    public static final int SUBJECT_MAX = 150;
    public static final int MESSAGE_MAX = 5000;

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
    private Settings settings;

    @Inject
    private Clock clock;

    /** Who the caller may host a new event for: {@code c:<id>} communities, {@code o:<id>} buyer organisations, by name. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public Map<String, String> hosts() {
        Map<String, String> hosts = new LinkedHashMap<>();
        hostCommunities(caller()).forEach(c -> hosts.put("c:" + c.getId(), c.getName()));
        hostOrganisations(caller()).forEach(o -> hosts.put("o:" + o.getId(), o.getName() + " — " + o.getCci().getName()));
        return hosts;
    }

    /** The communities whose members the caller may open an event to, by name. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public Map<Long, String> audiences() {
        Map<Long, String> audiences = new TreeMap<>();
        audienceCommunities(caller(), null).forEach(c -> audiences.put(c.getId(), c.getName()));
        return audiences;
    }

    /** The events the caller organises, not ended more than 90 days ago, soonest first. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public List<EventSummary> organised() {
        Account me = caller();
        // EventAccess.organises, as a query: only the caller's events are read, whatever the platform holds.
        List<Event> events = (me.getRoles().contains(Role.ADMIN)
                ? em.createQuery("SELECT e FROM Event e WHERE e.endsAt > :since ORDER BY e.startsAt, e.id", Event.class)
                : em.createQuery("SELECT e FROM Event e WHERE e.endsAt > :since AND (EXISTS (SELECT c FROM Community c"
                        + " JOIN c.animators a WHERE c = e.community AND a = :me) OR EXISTS (SELECT o FROM BuyerOrganisation o"
                        + " JOIN o.buyers b WHERE o = e.organisation AND b = :me) OR EXISTS (SELECT k FROM Cci k JOIN k.staff s"
                        + " WHERE k = e.cci AND s = :me)) ORDER BY e.startsAt, e.id", Event.class).setParameter("me", me))
                .setParameter("since", clock.instant().minus(LISTED_AFTER_END)).getResultList();
        Map<Long, Long> held = waitlist.placesHeld(events.stream().map(Event::getId).toList());
        return events.stream().map(e -> EventSummary.of(e, held.getOrDefault(e.getId(), 0L), null)).toList();
    }

    /** Creates an event, published at once; returns its id. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public long create(EventForm form) {
        Account me = caller();
        String host = form.getHost() == null ? "" : form.getHost();
        Instant now = clock.instant();
        Event event;
        if (host.startsWith("c:")) {
            Community community = hostCommunities(me).stream().filter(c -> host.equals("c:" + c.getId())).findFirst()
                    .orElseThrow(() -> new InvalidEventException("event.host.required"));
            event = Event.ofCommunity(community, me, form, audience(form, me, null), settings.host(), now);
        } else if (host.startsWith("o:")) {
            BuyerOrganisation organisation = hostOrganisations(me).stream().filter(o -> host.equals("o:" + o.getId())).findFirst()
                    .orElseThrow(() -> new InvalidEventException("event.host.required"));
            event = Event.ofOrganisation(organisation, me, form, audience(form, me, organisation), settings.host(), now);
        } else {
            throw new InvalidEventException("event.host.required");
        }
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /** The form of an event the caller organises, as last saved. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public EventForm form(long eventId) {
        return access.organised(eventId, caller()).toForm();
    }

    /**
     * Changes an event. A capacity below the places already held is refused; a higher one offers the new
     * places to those waiting; a new title, time or place sends each registrant the calendar update.
     */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public void describe(long eventId, EventForm form) {
        Account me = caller();
        access.organised(eventId, me);
        Event event = waitlist.locked(eventId);
        boolean calendarChanged = event.describe(form, audience(form, me, event.getOrganisation()), clock.instant());
        event.requireCapacityFor(waitlist.placesHeld(event));
        em.flush();
        waitlist.fill(event);
        if (calendarChanged) {
            mail.send(event, registrants(event, EnumSet.of(RegistrationStatus.CONFIRMED)), EventMail.Kind.UPDATED);
        }
    }

    /** Cancels the event: everyone registered, offered or waiting is told why, and the confirmed get the calendar cancellation. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public void cancel(long eventId, String reason) {
        access.organised(eventId, caller());
        Event event = waitlist.locked(eventId);
        event.cancel(reason, clock.instant());
        mail.send(event, registrants(event, EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED,
                RegistrationStatus.WAITING)), EventMail.Kind.CANCELLED, event.getCancelReason());
    }

    /** Everyone who registered, in order of registration, with their company: for the organisers only. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public List<AttendeeLine> attendees(long eventId) {
        Event event = access.organised(eventId, caller());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, m.last_name, m.first_name, a.email,"
                + " (SELECT string_agg(c.legal_name, ', ' ORDER BY c.legal_name) FROM app.company_link l JOIN app.company c"
                + " ON c.id = l.company_id WHERE l.account_id = r.account_id AND l.status = 'APPROVED'),"
                + " r.status, r.registered_at, r.checked_in_at FROM app.event_registration r JOIN app.account a ON a.id = r.account_id"
                + " JOIN app.member m ON m.account_id = r.account_id WHERE r.event_id = ?1"
                + " ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'OFFERED' THEN 1 WHEN 'WAITING' THEN 2 ELSE 3 END,"
                + " r.registered_at, r.id").setParameter(1, event.getId()).getResultList();
        return rows.stream().map(r -> new AttendeeLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], RegistrationStatus.valueOf((String) r[5]), instant(r[6]), instant(r[7]))).toList();
    }

    /**
     * The registrants as CSV (UTF-8, semicolons, for a French spreadsheet), for the organisers only;
     * {@code header} names its seven columns in the reader's language.
     */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public byte[] attendeesCsv(long eventId, List<String> header) {
        if (header.size() != 7) {
            throw new IllegalArgumentException("Seven column names");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AttendeeLine a : attendees(eventId)) {
            List<Object> values = java.util.Arrays.asList(a.lastName(), a.firstName(), a.email(), a.company(), a.status().name(),
                    a.registeredAt(), a.checkedInAt());
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            rows.add(row);
        }
        return Csv.of(header, rows);
    }

    /** Marks a confirmed registrant present (or not, to undo a mistaken tap). */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public void checkIn(long registrationId, boolean present) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new EventNotFoundException();
        }
        access.organised(registration.getEvent().getId(), caller());
        registration.checkIn(present, clock.instant());
    }

    /** Writes to the registrants (the confirmed ones, and those waiting if asked), through the outbox; returns how many. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public int message(long eventId, String subject, String text, boolean waitingToo) {
        Event event = access.organised(eventId, caller());
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanText = text == null ? "" : text.strip();
        if (cleanSubject.isEmpty() || cleanSubject.length() > SUBJECT_MAX) {
            throw new InvalidEventException(cleanSubject.isEmpty() ? "event.subject.required" : "event.subject.tooLong");
        }
        if (cleanText.isEmpty() || cleanText.length() > MESSAGE_MAX) {
            throw new InvalidEventException(cleanText.isEmpty() ? "event.message.required" : "event.message.tooLong");
        }
        Set<RegistrationStatus> statuses = waitingToo
                ? EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED, RegistrationStatus.WAITING)
                : EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED);
        List<Account> to = registrants(event, statuses);
        if (to.isEmpty()) {
            throw new InvalidEventException("event.message.nobody");
        }
        mail.send(event, to, EventMail.Kind.MESSAGE, cleanSubject, cleanText);
        return to.size();
    }

    private List<Account> registrants(Event event, Set<RegistrationStatus> statuses) {
        return em.createNamedQuery("Registration.inStatus", Registration.class).setParameter("event", event)
                .setParameter("statuses", statuses).getResultStream().map(Registration::getAccount).toList();
    }

    /** The audience the form names, each community one the caller (or the hosting organisation) may open an event to. */
    private List<Community> audience(EventForm form, Account me, BuyerOrganisation organisation) {
        List<Community> allowed = audienceCommunities(me, organisation);
        List<Community> chosen = new ArrayList<>();
        for (Long id : form.getCommunityIds()) {
            chosen.add(allowed.stream().filter(c -> c.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidEventException("event.communities.notAllowed")));
        }
        return chosen;
    }

    private List<Community> hostCommunities(Account me) {
        if (me.getRoles().contains(Role.ADMIN)) {
            return em.createNamedQuery("Community.catalogue", Community.class).getResultList();
        }
        List<Community> communities = new ArrayList<>(em.createNamedQuery("Community.animatedBy", Community.class)
                .setParameter("account", me).getResultList());
        List<Cci> served = servedCcis(me);
        if (!served.isEmpty()) {
            em.createQuery("SELECT c FROM Community c WHERE c.cci IN :ccis ORDER BY c.name", Community.class)
                    .setParameter("ccis", served).getResultStream()
                    .filter(c -> communities.stream().noneMatch(k -> k.getId().equals(c.getId()))).forEach(communities::add);
        }
        return communities;
    }

    private List<BuyerOrganisation> hostOrganisations(Account me) {
        if (me.getRoles().contains(Role.ADMIN)) {
            return em.createNamedQuery("BuyerOrganisation.all", BuyerOrganisation.class).getResultList();
        }
        List<BuyerOrganisation> organisations = new ArrayList<>(em.createNamedQuery("BuyerOrganisation.ofBuyer",
                BuyerOrganisation.class).setParameter("account", me).getResultList());
        List<Cci> served = servedCcis(me);
        if (!served.isEmpty()) {
            em.createNamedQuery("BuyerOrganisation.ofCcis", BuyerOrganisation.class).setParameter("ccis", served).getResultStream()
                    .filter(o -> organisations.stream().noneMatch(k -> k.getId().equals(o.getId()))).forEach(organisations::add);
        }
        return organisations;
    }

    /** The communities the caller hosts for, plus those a buyer organisation of theirs (or the one hosting) may publish to. */
    private List<Community> audienceCommunities(Account me, BuyerOrganisation hosting) {
        List<Community> communities = new ArrayList<>(hostCommunities(me));
        List<BuyerOrganisation> organisations = new ArrayList<>(hostOrganisations(me));
        if (hosting != null) {
            organisations.add(hosting);
        }
        for (BuyerOrganisation organisation : organisations) {
            organisation.getCommunities().stream().filter(c -> communities.stream().noneMatch(k -> k.getId().equals(c.getId())))
                    .forEach(communities::add);
        }
        return communities;
    }

    private List<Cci> servedCcis(Account me) {
        return em.createQuery("SELECT c FROM Cci c JOIN c.staff s WHERE s = :me", Cci.class).setParameter("me", me).getResultList();
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
