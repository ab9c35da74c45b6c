package fr.ccibusiness.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made to an account from a console: who made it, what, when. Written once, never changed. */
@Entity
@Table(name = "account_change")
@NamedQuery(name = "AccountChange.ofAccount",
        query = "SELECT c FROM AccountChange c WHERE c.accountId = :accountId ORDER BY c.occurredAt DESC, c.id DESC")
public class AccountChange {

    /** What was done; the detail says to what (a community, a CCI, an organisation, a reason). */
    public enum Action {
        LOCKED, UNLOCKED, ROLE_GRANTED, ROLE_REVOKED, ANIMATOR_APPOINTED, ANIMATOR_REMOVED, STAFF_APPOINTED,
        STAFF_REMOVED, BUYER_APPOINTED, BUYER_REMOVED, CONFIRMATION_RESENT
    }

    static final int DETAIL_MAX = 500;
    static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_label", length = LABEL_MAX)
    private String actorLabel;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AccountChange() {
    }

    AccountChange(long accountId, Long actorId, String actorLabel, Instant occurredAt, Action action, String detail) {
        this.accountId = accountId;
        this.actorId = actorId;
        this.actorLabel = cut(actorLabel, LABEL_MAX);
        this.occurredAt = occurredAt;
        this.action = action;
        this.detail = cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    /** Who made the change; empty once their own account was erased. */
    public String getActorLabel() {
        return actorLabel;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
