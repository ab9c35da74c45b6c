package fr.ccibusiness.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One read of a person's data by someone with a console: who, whose, what, when. Never changed, only anonymised. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_label", length = LABEL_MAX)
    private String actorLabel;

    @Column(name = "actor_role", nullable = false, length = 30)
    private String actorRole;

    @Column(name = "subject_account_id")
    private Long subjectAccountId;

    @Column(name = "subject_label", length = LABEL_MAX)
    private String subjectLabel;

    @Column(nullable = false, length = LABEL_MAX)
    private String what;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, long actorId, String actorLabel, String actorRole, Long subjectAccountId,
               String subjectLabel, String what) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.actorLabel = cut(actorLabel);
        this.actorRole = Objects.requireNonNull(actorRole);
        this.subjectAccountId = subjectAccountId;
        this.subjectLabel = cut(subjectLabel);
        this.what = Objects.requireNonNull(cut(what));
    }

    private static String cut(String text) {
        return text == null || text.length() <= LABEL_MAX ? text : text.substring(0, LABEL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The reader's account, {@code null} once it is erased. */
    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Long getSubjectAccountId() {
        return subjectAccountId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getWhat() {
        return what;
    }
}
