package fr.ccibusiness.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the handling of a request: what the DPO did, when, with which note. */
@Entity
@Table(name = "rights_request_action")
@NamedQuery(name = "RightsRequestAction.ofRequest", query = "SELECT a FROM RightsRequestAction a"
        + " WHERE a.requestId = :requestId ORDER BY a.occurredAt, a.id")
public class RightsRequestAction {

    /** What can be done on a request. */
    public enum Kind { RECEIVED, EXTENDED, EXPORTED, ERASED, RECTIFIED, REPLIED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(length = RightsRequest.MESSAGE_MAX)
    private String note;

    protected RightsRequestAction() {
    }

    RightsRequestAction(long requestId, Instant occurredAt, Long actorId, Kind action, String note) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action.name();
        this.note = note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }
}
