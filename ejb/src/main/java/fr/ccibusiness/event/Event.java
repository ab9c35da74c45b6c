package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.consultation.BuyerOrganisation;
import fr.ccibusiness.platform.WebAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An event: hosted by a community or by a buyer organisation (with its CCI), published as soon as it
 * is created, open to the members of its audience communities or to every account. It guards its own
 * dates, capacity and place, and it is one calendar entry whose sequence goes up with each change its
 * registrants are sent.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = "Event.upcoming", query = "SELECT e FROM Event e WHERE e.status = fr.ccibusiness.event.EventStatus.PUBLISHED"
        + " AND e.endsAt > :now ORDER BY e.startsAt, e.id")
@NamedQuery(name = "Event.toRemind", query = "SELECT e.id FROM Event e WHERE e.status = fr.ccibusiness.event.EventStatus.PUBLISHED"
        + " AND e.remindedAt IS NULL AND e.startsAt > :now AND e.startsAt <= :until ORDER BY e.startsAt")
public class Event {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CAPACITY_MAX = 100_000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private BuyerOrganisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cci_id")
    private Cci cci;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "registration_deadline", nullable = false)
    private Instant registrationDeadline;

    @Column(name = "public_access", nullable = false)
    private boolean publicAccess;

    @ManyToMany
    @JoinTable(name = "event_audience", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "community_id"))
    private Set<Community> audience = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EventStatus status;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "calendar_uid", nullable = false, length = 100, updatable = false)
    private String calendarUid;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Event() {
    }

    private Event(Community community, BuyerOrganisation organisation, Cci cci, Account by, String calendarDomain, Instant now) {
        this.community = community;
        this.organisation = organisation;
        this.cci = cci;
        this.createdBy = by;
        this.createdAt = now;
        this.status = EventStatus.PUBLISHED;
        this.calendarUid = "event-" + UUID.randomUUID() + "@" + calendarDomain;
    }

    /** A community's event, described by {@code form}. */
    static Event ofCommunity(Community community, Account by, EventForm form, Collection<Community> audience,
                             String calendarDomain, Instant now) {
        Event event = new Event(community, null, community.getCci(), by, calendarDomain, now);
        event.describe(form, audience, now);
        return event;
    }

    /** A buyer organisation's event, organised with the organisation's CCI. */
    static Event ofOrganisation(BuyerOrganisation organisation, Account by, EventForm form, Collection<Community> audience,
                                String calendarDomain, Instant now) {
        Event event = new Event(null, organisation, organisation.getCci(), by, calendarDomain, now);
        event.describe(form, audience, now);
        return event;
    }

    /**
     * Sets what the form says, checked field by field. Returns whether what a calendar shows changed
     * (title, times, place, link): then the sequence goes up, and the registrants are to be sent the update.
     */
    boolean describe(EventForm form, Collection<Community> newAudience, Instant now) {
        requireOpen();
        String newTitle = required(form.getTitle(), TITLE_MAX, "event.title");
        String newDescription = required(form.getDescription(), DESCRIPTION_MAX, "event.description");
        if (form.getStart() == null) {
            throw new InvalidEventException("event.start.required");
        }
        if (form.getEnd() == null) {
            throw new InvalidEventException("event.end.required");
        }
        Instant start = paris(form.getStart());
        Instant end = paris(form.getEnd());
        if (!start.equals(startsAt) && !start.isAfter(now)) {
            throw new InvalidEventException("event.start.past");
        }
        if (!end.isAfter(start)) {
            throw new InvalidEventException("event.end.beforeStart");
        }
        String newPlace = optional(form.getPlace(), PLACE_MAX, "event.place");
        String newLink = form.getOnlineLink() == null || form.getOnlineLink().isBlank() ? null : webAddress(form.getOnlineLink());
        if (newPlace == null && newLink == null) {
            throw new InvalidEventException("event.place.required");
        }
        Integer newCapacity = form.getCapacity();
        if (newCapacity == null || newCapacity < 1 || newCapacity > CAPACITY_MAX) {
            throw new InvalidEventException("event.capacity.range");
        }
        Instant deadline = form.getRegistrationDeadline() == null ? start : paris(form.getRegistrationDeadline());
        if (deadline.isAfter(start)) {
            throw new InvalidEventException("event.registrationDeadline.afterStart");
        }
        if (!form.isPublicAccess() && newAudience.isEmpty()) {
            throw new InvalidEventException("event.communities.required");
        }
        boolean calendarChanged = title != null && !(newTitle.equals(title) && start.equals(startsAt) && end.equals(endsAt)
                && Objects.equals(newPlace, place) && Objects.equals(newLink, onlineLink));
        title = newTitle;
        description = newDescription;
        startsAt = start;
        endsAt = end;
        place = newPlace;
        onlineLink = newLink;
        capacity = newCapacity;
        registrationDeadline = deadline;
        publicAccess = form.isPublicAccess();
        audience.clear();
        audience.addAll(newAudience);
        if (calendarChanged) {
            calendarSequence++;
            remindedAt = startsAt.isAfter(now.plus(1, ChronoUnit.DAYS)) ? null : remindedAt;
        }
        return calendarChanged;
    }

    /** Refuses a capacity below the places already held: nobody loses a confirmed place silently. */
    void requireCapacityFor(long placesHeld) {
        if (capacity < placesHeld) {
            throw new InvalidEventException("event.capacity.belowHeld");
        }
    }

    /** Cancels the event, for a reason everyone registered is sent; the calendar entry is cancelled. */
    void cancel(String reason, Instant now) {
        requireOpen();
        if (!startsAt.isAfter(now)) {
            throw new InvalidEventException("event.state.started");
        }
        String text = required(reason, REASON_MAX, "event.cancelReason");
        status = EventStatus.CANCELLED;
        cancelReason = text;
        cancelledAt = now;
        calendarSequence++;
    }

    /** Whether a person may register now (the audience aside). */
    void requireRegistrationOpen(Instant now) {
        requireOpen();
        if (now.isAfter(registrationDeadline) || !startsAt.isAfter(now)) {
            throw new InvalidEventException("event.state.registrationClosed");
        }
    }

    /** Marks the reminder sent; returns false when it already was (another server's round). */
    boolean remind(Instant now) {
        if (remindedAt != null || status != EventStatus.PUBLISHED) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** Whether a freed place can still be offered: the event is on and has not started. */
    boolean takesOffers(Instant now) {
        return status == EventStatus.PUBLISHED && startsAt.isAfter(now);
    }

    private void requireOpen() {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventException("event.state.cancelled");
        }
    }

    private static Instant paris(LocalDateTime typed) {
        return typed.truncatedTo(ChronoUnit.MINUTES).atZone(PARIS).toInstant();
    }

    private static String required(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidEventException(field + ".required");
        }
        if (text.length() > max) {
            throw new InvalidEventException(field + ".tooLong");
        }
        return text;
    }

    private static String optional(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidEventException(field + ".tooLong");
        }
        return text.isEmpty() ? null : text;
    }

    /** Only absolute http(s) addresses: no "javascript:" or other scheme reaches a page or a calendar. */
    private static String webAddress(String value) {
        String text = value.strip();
        if (text.length() > LINK_MAX || !WebAddress.isWeb(text)) {
            throw new InvalidEventException("event.onlineLink.invalid");
        }
        return text;
    }

    /** The form as the organiser last saved it. */
    EventForm toForm() {
        EventForm form = new EventForm();
        form.setHost(community != null ? "c:" + community.getId() : "o:" + organisation.getId());
        form.setTitle(title);
        form.setDescription(description);
        form.setStart(LocalDateTime.ofInstant(startsAt, PARIS));
        form.setEnd(LocalDateTime.ofInstant(endsAt, PARIS));
        form.setPlace(place);
        form.setOnlineLink(onlineLink);
        form.setCapacity(capacity);
        form.setRegistrationDeadline(LocalDateTime.ofInstant(registrationDeadline, PARIS));
        form.setPublicAccess(publicAccess);
        form.setCommunityIds(audience.stream().map(Community::getId).sorted().toList());
        return form;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public BuyerOrganisation getOrganisation() {
        return organisation;
    }

    public Cci getCci() {
        return cci;
    }

    /** Who organises it, as a registrant reads it: the community, or the buyer with its CCI. */
    public String getHostName() {
        return community != null ? community.getName() : organisation.getName() + " — " + cci.getName();
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    /** Where it takes place, as one line: the address, the online link, or both. */
    public String getWhere() {
        if (place != null && onlineLink != null) {
            return place + " — " + onlineLink;
        }
        return place != null ? place : onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public boolean isPublicAccess() {
        return publicAccess;
    }

    public List<Community> getAudience() {
        return audience.stream().sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
