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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A request from one participant to another to meet, with its reason and priority, and its answer. */
@Entity
@Table(name = "meeting_request")
@NamedQuery(name = "MeetingRequest.ofSession", query = "SELECT r FROM MeetingRequest r WHERE r.session = :session ORDER BY r.id")
@NamedQuery(name = "MeetingRequest.accepted", query = "SELECT r FROM MeetingRequest r WHERE r.session = :session"
        + " AND r.status = fr.ccibusiness.meeting.RequestStatus.ACCEPTED ORDER BY r.id")
@NamedQuery(name = "MeetingRequest.involving", query = "SELECT r FROM MeetingRequest r WHERE r.from = :participant OR r.to = :participant"
        + " ORDER BY r.createdAt DESC, r.id DESC")
public class MeetingRequest {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private MeetingSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_id")
    private Participant from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_id")
    private Participant to;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "must_meet", nullable = false)
    private boolean mustMeet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RequestStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MeetingSchedule.Unplaced unplaced;

    @Version
    private int version;

    protected MeetingRequest() {
    }

    MeetingRequest(Participant from, Participant to, String reason, boolean mustMeet, boolean prepared, Instant now) {
        if (from.getId().equals(to.getId())) {
            throw new InvalidMeetingException("meeting.to.self");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidMeetingException("meeting.reason.required");
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidMeetingException("meeting.reason.tooLong");
        }
        this.session = from.getSession();
        this.from = from;
        this.to = to;
        this.reason = text;
        this.mustMeet = mustMeet;
        this.status = prepared ? RequestStatus.PREPARED : RequestStatus.PENDING;
        this.createdAt = now;
    }

    /** A prepared request sent by its buyer. */
    void send(Instant now) {
        require(RequestStatus.PREPARED);
        status = RequestStatus.PENDING;
        createdAt = now;
    }

    void accept(Instant now) {
        require(RequestStatus.PENDING);
        status = RequestStatus.ACCEPTED;
        decidedAt = now;
    }

    void decline(Instant now) {
        require(RequestStatus.PENDING);
        status = RequestStatus.DECLINED;
        decidedAt = now;
    }

    void withdraw(Instant now) {
        if (status != RequestStatus.PENDING && status != RequestStatus.PREPARED) {
            throw new InvalidMeetingException("meeting.state.notPending");
        }
        status = RequestStatus.WITHDRAWN;
        decidedAt = now;
    }

    void expire(Instant now) {
        require(RequestStatus.PENDING);
        status = RequestStatus.EXPIRED;
        decidedAt = now;
    }

    private void require(RequestStatus expected) {
        if (status != expected) {
            throw new InvalidMeetingException("meeting.state.notPending");
        }
    }

    /** What the scheduler's last run said of it: placed (null), or why not. */
    void scheduled(MeetingSchedule.Unplaced reason) {
        unplaced = reason;
    }

    public MeetingSchedule.Unplaced getUnplaced() {
        return unplaced;
    }

    public Long getId() {
        return id;
    }

    public MeetingSession getSession() {
        return session;
    }

    public Participant getFrom() {
        return from;
    }

    public Participant getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public boolean isMustMeet() {
        return mustMeet;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
