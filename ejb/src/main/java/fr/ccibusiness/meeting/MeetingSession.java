package fr.ccibusiness.meeting;

import fr.ccibusiness.consultation.Consultation;
import fr.ccibusiness.event.Event;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The meeting session of an event: its days and time slots, its tables, its request period and the
 * limits of its participants. Slots are numbered across the session, day after day; each has its start
 * and end, computed here and nowhere else. The structure (days, slots, tables) cannot change once a
 * schedule exists: meetings already placed would no longer mean what they said.
 */
@Entity
@Table(name = "meeting_session")
@NamedQuery(name = "MeetingSession.ofEvent", query = "SELECT s FROM MeetingSession s WHERE s.event = :event")
public class MeetingSession {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(nullable = false)
    private int days;

    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart;

    @Column(name = "slots_per_day", nullable = false)
    private int slotsPerDay;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;

    @Column(name = "lunch_after_slot")
    private Integer lunchAfterSlot;

    @Column(name = "lunch_minutes", nullable = false)
    private int lunchMinutes;

    @Column(nullable = false)
    private int tables;

    @Column(nullable = false, length = TableZones.TEXT_MAX)
    private String zones = "";

    @Column(name = "requests_close_at", nullable = false)
    private Instant requestsCloseAt;

    @Column(name = "buyer_min", nullable = false)
    private int buyerMin;

    @Column(name = "buyer_max", nullable = false)
    private int buyerMax;

    @Column(name = "supplier_min", nullable = false)
    private int supplierMin;

    @Column(name = "supplier_max", nullable = false)
    private int supplierMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_requests", nullable = false, length = 10)
    private BuyerRequests buyerRequests;

    @ManyToOne
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int version;

    protected MeetingSession() {
    }

    MeetingSession(Event event, SessionForm form, boolean scheduleExists, Instant now) {
        this.event = event;
        configure(form, scheduleExists, now);
    }

    /** Sets what the form says, checked field by field; the structure stays as it is once a schedule exists. */
    final void configure(SessionForm form, boolean scheduleExists, Instant now) {
        LocalDate day = required(form.getFirstDay(), "meeting.firstDay.required");
        int dayCount = range(form.getDays(), 1, 5, "meeting.days.range");
        LocalTime start = required(form.getDayStart(), "meeting.dayStart.required");
        int perDay = range(form.getSlotsPerDay(), 1, 40, "meeting.slotsPerDay.range");
        int length = range(form.getSlotMinutes(), 5, 120, "meeting.slotMinutes.range");
        int pause = range(form.getBreakMinutes() == null ? 0 : form.getBreakMinutes(), 0, 60, "meeting.breakMinutes.range");
        Integer lunchAfter = form.getLunchAfterSlot();
        int lunch = range(form.getLunchMinutes() == null ? 0 : form.getLunchMinutes(), 0, 180, "meeting.lunchMinutes.range");
        if (lunchAfter != null && (lunchAfter < 1 || lunchAfter >= perDay)) {
            throw new InvalidMeetingException("meeting.lunchAfterSlot.range");
        }
        int tableCount = range(form.getTables(), 1, 2000, "meeting.tables.range");
        TableZones tableZones = TableZones.parse(form.getZones(), tableCount);
        int slotCount = dayCount * perDay;
        int bMin = range(form.getBuyerMin() == null ? 0 : form.getBuyerMin(), 0, slotCount, "meeting.buyerMin.range");
        int bMax = range(form.getBuyerMax(), 1, slotCount, "meeting.buyerMax.range");
        int sMin = range(form.getSupplierMin() == null ? 0 : form.getSupplierMin(), 0, slotCount, "meeting.supplierMin.range");
        int sMax = range(form.getSupplierMax(), 1, slotCount, "meeting.supplierMax.range");
        if (bMin > bMax) {
            throw new InvalidMeetingException("meeting.buyerMin.aboveMax");
        }
        if (sMin > sMax) {
            throw new InvalidMeetingException("meeting.supplierMin.aboveMax");
        }
        LocalDate eventFirst = LocalDate.ofInstant(event.getStartsAt(), PARIS);
        LocalDate eventLast = LocalDate.ofInstant(event.getEndsAt(), PARIS);
        if (day.isBefore(eventFirst) || day.plusDays(dayCount - 1L).isAfter(eventLast)) {
            throw new InvalidMeetingException("meeting.firstDay.outsideEvent");
        }
        if (form.getRequestsCloseAt() == null) {
            throw new InvalidMeetingException("meeting.requestsCloseAt.required");
        }
        Instant close = form.getRequestsCloseAt().truncatedTo(ChronoUnit.MINUTES).atZone(PARIS).toInstant();
        boolean structureChanged = id != null && !(day.equals(firstDay) && dayCount == days && start.equals(dayStart)
                && perDay == slotsPerDay && length == slotMinutes && pause == breakMinutes
                && java.util.Objects.equals(lunchAfter, lunchAfterSlot) && lunch == lunchMinutes && tableCount == tables);
        if (structureChanged && scheduleExists) {
            throw new InvalidMeetingException("meeting.state.structureScheduled");
        }
        firstDay = day;
        days = dayCount;
        dayStart = start;
        slotsPerDay = perDay;
        slotMinutes = length;
        breakMinutes = pause;
        lunchAfterSlot = lunchAfter;
        lunchMinutes = lunch;
        tables = tableCount;
        zones = tableZones.text();
        if (close.isAfter(slotStart(0))) {
            throw new InvalidMeetingException("meeting.requestsCloseAt.afterStart");
        }
        requestsCloseAt = close;
        buyerMin = bMin;
        buyerMax = bMax;
        supplierMin = sMin;
        supplierMax = sMax;
        buyerRequests = form.getBuyerRequests() == null ? BuyerRequests.BOTH : form.getBuyerRequests();
    }

    /** Opened from a buyer's consultation: its candidates are invited. */
    void openedFrom(Consultation origin) {
        consultation = origin;
    }

    void scheduled(Instant now) {
        scheduledAt = now;
    }

    void published(Instant now) {
        publishedAt = now;
    }

    public int slots() {
        return days * slotsPerDay;
    }

    public int day(int slot) {
        return slot / slotsPerDay;
    }

    /** When slot {@code slot} (numbered across the session) starts. */
    public Instant slotStart(int slot) {
        int inDay = slot % slotsPerDay;
        long minutes = (long) inDay * (slotMinutes + breakMinutes);
        if (lunchAfterSlot != null && inDay >= lunchAfterSlot) {
            minutes += lunchMinutes;
        }
        return LocalDateTime.of(firstDay.plusDays(day(slot)), dayStart).plusMinutes(minutes).atZone(PARIS).toInstant();
    }

    public Instant slotEnd(int slot) {
        return slotStart(slot).plus(slotMinutes, ChronoUnit.MINUTES);
    }

    /** Whether requests may still be sent and answered. */
    public boolean requestsOpen(Instant now) {
        return now.isBefore(requestsCloseAt);
    }

    public int maxMeetings(ParticipantKind kind) {
        return kind == ParticipantKind.BUYER ? buyerMax : supplierMax;
    }

    public int minMeetings(ParticipantKind kind) {
        return kind == ParticipantKind.BUYER ? buyerMin : supplierMin;
    }

    /** Whether a participant of this kind may send requests (to {@code to}'s kind), as the session's setting says. */
    boolean maySend(ParticipantKind from, ParticipantKind to) {
        if (from == ParticipantKind.BUYER && !buyerRequests.buyersSend()) {
            return false;
        }
        return to != ParticipantKind.BUYER || buyerRequests.buyersReceive();
    }

    SessionForm toForm() {
        SessionForm form = new SessionForm();
        form.setFirstDay(firstDay);
        form.setDays(days);
        form.setDayStart(dayStart);
        form.setSlotsPerDay(slotsPerDay);
        form.setSlotMinutes(slotMinutes);
        form.setBreakMinutes(breakMinutes);
        form.setLunchAfterSlot(lunchAfterSlot);
        form.setLunchMinutes(lunchMinutes);
        form.setTables(tables);
        form.setZones(zones);
        form.setRequestsCloseAt(LocalDateTime.ofInstant(requestsCloseAt, PARIS));
        form.setBuyerMin(buyerMin);
        form.setBuyerMax(buyerMax);
        form.setSupplierMin(supplierMin);
        form.setSupplierMax(supplierMax);
        form.setBuyerRequests(buyerRequests);
        return form;
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new InvalidMeetingException(key);
        }
        return value;
    }

    private static int range(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new InvalidMeetingException(key);
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public int getSlotsPerDay() {
        return slotsPerDay;
    }

    public int getDays() {
        return days;
    }

    /** The zones of the tables (none when they are simply numbered). */
    public TableZones zones() {
        return TableZones.parse(zones, tables);
    }

    public int getTables() {
        return tables;
    }

    public Instant getRequestsCloseAt() {
        return requestsCloseAt;
    }

    public BuyerRequests getBuyerRequests() {
        return buyerRequests;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
