package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A person's registration to an event, and its moves: confirmed or waiting on arrival, offered a
 * freed place (for {@link #OFFER_WINDOW}, never past the start), confirmed or expired, cancelled, and
 * checked in on the day.
 */
@Entity
@Table(name = "event_registration")
@NamedQuery(name = "Registration.of", query = "SELECT r FROM Registration r WHERE r.event = :event AND r.account = :account")
@NamedQuery(name = "Registration.placesHeld", query = "SELECT count(r) FROM Registration r WHERE r.event = :event"
        + " AND r.status IN (fr.ccibusiness.event.RegistrationStatus.CONFIRMED, fr.ccibusiness.event.RegistrationStatus.OFFERED)")
@NamedQuery(name = "Registration.waiting", query = "SELECT r FROM Registration r WHERE r.event = :event"
        + " AND r.status = fr.ccibusiness.event.RegistrationStatus.WAITING ORDER BY r.registeredAt, r.id")
@NamedQuery(name = "Registration.ofEvent", query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event = :event"
        + " ORDER BY r.registeredAt, r.id")
@NamedQuery(name = "Registration.inStatus", query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event = :event"
        + " AND r.status IN :statuses ORDER BY r.registeredAt, r.id")
@NamedQuery(name = "Registration.mine", query = "SELECT r FROM Registration r JOIN FETCH r.event WHERE r.account = :account"
        + " AND r.status IN (fr.ccibusiness.event.RegistrationStatus.CONFIRMED, fr.ccibusiness.event.RegistrationStatus.OFFERED,"
        + " fr.ccibusiness.event.RegistrationStatus.WAITING) AND r.event.endsAt > :now ORDER BY r.event.startsAt")
public class Registration {

    /** How long a person offered a freed place has to take it. */
    public static final Duration OFFER_WINDOW = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Version
    private int version;

    protected Registration() {
    }

    Registration(Event event, Account account) {
        this.event = event;
        this.account = account;
    }

    /** (Re-)registers: a place if one is free and nobody waits before, else the end of the waiting list. */
    void register(boolean placeFree, Instant now) {
        if (status != null && status.isActive()) {
            throw new InvalidEventException("event.state.alreadyRegistered");
        }
        registeredAt = now;
        offeredAt = null;
        offerExpiresAt = null;
        cancelledAt = null;
        checkedInAt = null;
        if (placeFree) {
            status = RegistrationStatus.CONFIRMED;
            confirmedAt = now;
        } else {
            status = RegistrationStatus.WAITING;
            confirmedAt = null;
        }
    }

    /** The first one waiting is offered a freed place, until the window ends or the event starts. */
    void offer(Instant now) {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("Only a waiting registration is offered a place");
        }
        Instant end = now.plus(OFFER_WINDOW);
        status = RegistrationStatus.OFFERED;
        offeredAt = now;
        offerExpiresAt = end.isBefore(event.getStartsAt()) ? end : event.getStartsAt();
    }

    /** Takes the place offered, while the offer runs. */
    void confirm(Instant now) {
        if (status != RegistrationStatus.OFFERED || !now.isBefore(offerExpiresAt)) {
            throw new InvalidEventException("event.state.noOffer");
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** The offer ran out: the place goes to the next one waiting. */
    void expire() {
        if (status != RegistrationStatus.OFFERED) {
            throw new IllegalStateException("Only an offer expires");
        }
        status = RegistrationStatus.EXPIRED;
    }

    /** Withdraws; returns whether a place was freed. */
    boolean cancel(Instant now) {
        if (!status.isActive()) {
            throw new InvalidEventException("event.state.notRegistered");
        }
        boolean freed = status.holdsAPlace();
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        return freed;
    }

    /** Marks the person present (or not, to undo a mistaken tap); only a confirmed place is checked in. */
    void checkIn(boolean present, Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new InvalidEventException("event.state.notConfirmed");
        }
        checkedInAt = present ? now : null;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public Account getAccount() {
        return account;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }
}
