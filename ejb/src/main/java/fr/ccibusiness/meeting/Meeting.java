package fr.ccibusiness.meeting;

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
import jakarta.persistence.QueryHint;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A meeting the scheduler placed: a request's two sides at a table in a slot. Locked (published)
 * meetings keep their slot and table when the scheduler runs again; on the day either side marks it
 * held or missed.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.ofSession", query = "SELECT m FROM Meeting m WHERE m.session = :session ORDER BY m.slot, m.tableNo",
        hints = {@QueryHint(name = "eclipselink.batch.type", value = "IN"), @QueryHint(name = "eclipselink.batch", value = "m.request"),
            @QueryHint(name = "eclipselink.batch", value = "m.first.member"), @QueryHint(name = "eclipselink.batch", value = "m.first.company"),
            @QueryHint(name = "eclipselink.batch", value = "m.second.member"),
            @QueryHint(name = "eclipselink.batch", value = "m.second.company")})
@NamedQuery(name = "Meeting.of", query = "SELECT m FROM Meeting m WHERE m.first = :participant OR m.second = :participant"
        + " ORDER BY m.slot")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private MeetingSession session;

    @OneToOne
    @JoinColumn(name = "request_id")
    private MeetingRequest request;

    @ManyToOne
    @JoinColumn(name = "first_id")
    private Participant first;

    @ManyToOne
    @JoinColumn(name = "second_id")
    private Participant second;

    @Column(nullable = false)
    private int slot;

    @Column(name = "table_no", nullable = false)
    private int tableNo;

    @Column(nullable = false)
    private boolean locked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingStatus status;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Version
    private int version;

    protected Meeting() {
    }

    Meeting(MeetingRequest request, int slot, int tableNo) {
        this.session = request.getSession();
        this.request = request;
        this.first = request.getFrom();
        this.second = request.getTo();
        this.slot = slot;
        this.tableNo = tableNo;
        this.status = MeetingStatus.PLANNED;
    }

    void lock() {
        locked = true;
    }

    /** Either side, on the day: held or missed (a no-show), and back if mistaken. */
    void mark(MeetingStatus outcome, Instant now) {
        status = outcome;
        markedAt = outcome == MeetingStatus.PLANNED ? null : now;
    }

    boolean involves(Participant participant) {
        return first != null && first.getId().equals(participant.getId()) || second != null && second.getId().equals(participant.getId());
    }

    /** The other side of the meeting for {@code participant} (null once that side's account was erased). */
    Participant other(Participant participant) {
        return first != null && first.getId().equals(participant.getId()) ? second : first;
    }

    public Long getId() {
        return id;
    }

    public MeetingSession getSession() {
        return session;
    }

    public MeetingRequest getRequest() {
        return request;
    }

    public Participant getFirst() {
        return first;
    }

    public Participant getSecond() {
        return second;
    }

    public int getSlot() {
        return slot;
    }

    /** Tables are numbered from 1, as on the floor plan. */
    public int getTableNo() {
        return tableNo;
    }

    public boolean isLocked() {
        return locked;
    }

    public MeetingStatus getStatus() {
        return status;
    }
}
