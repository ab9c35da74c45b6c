package fr.ccibusiness.consultation;

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
import java.time.Instant;

/**
 * A line of a consultation's journal, never changed once written (a database trigger refuses it): what
 * happened, when, by whom (an account while it exists, and always its number), and the hash that
 * chains it to the line before.
 */
@Entity
@Table(name = "consultation_journal")
@NamedQuery(name = "JournalEntry.ofConsultation", query = "SELECT e FROM JournalEntry e WHERE e.consultationId = :id ORDER BY e.seq")
@NamedQuery(name = "JournalEntry.last", query = "SELECT e FROM JournalEntry e WHERE e.consultationId = :id ORDER BY e.seq DESC")
public class JournalEntry {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private JournalKind kind;

    @ManyToOne
    @JoinColumn(name = "actor_id", updatable = false)
    private Account actor;

    @Column(name = "actor_number", updatable = false)
    private Long actorNumber;

    @Column(nullable = false, length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected JournalEntry() {
    }

    /** The entry that follows {@code previous} (null: the first), hashed with it. */
    JournalEntry(long consultationId, JournalEntry previous, Instant now, JournalKind kind, Account actor, String detail) {
        this.consultationId = consultationId;
        this.seq = previous == null ? 1 : previous.seq + 1;
        this.recordedAt = JournalChain.stored(now);
        this.kind = kind;
        this.actor = actor;
        this.actorNumber = actor == null ? null : actor.getId();
        this.detail = detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.previousHash = previous == null ? JournalChain.GENESIS : previous.hash;
        this.hash = computedHash();
    }

    /** The hash this line's fields give now: different from {@link #getHash()} if a field was changed. */
    String computedHash() {
        return JournalChain.hash(consultationId, seq, recordedAt, kind, actorNumber, detail, previousHash);
    }

    public int getSeq() {
        return seq;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public JournalKind getKind() {
        return kind;
    }

    public Account getActor() {
        return actor;
    }

    public Long getActorNumber() {
        return actorNumber;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
