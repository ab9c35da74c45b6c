package fr.ccibusiness.community;

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
import java.time.Instant;

/** A person in a community: requested, then active or refused; active members may leave at any time. */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.ofAccount", query = "SELECT m FROM Membership m JOIN FETCH m.community"
        + " WHERE m.account = :account ORDER BY m.community.name")
@NamedQuery(name = "Membership.ofCommunityAndAccount", query = "SELECT m FROM Membership m"
        + " WHERE m.community = :community AND m.account = :account")
@NamedQuery(name = "Membership.ofCommunityWithStatus", query = "SELECT m FROM Membership m JOIN FETCH m.account"
        + " WHERE m.community = :community AND m.status = :status ORDER BY m.requestedAt")
@NamedQuery(name = "Membership.deleteOfAccounts", query = "DELETE FROM Membership m WHERE m.account.id IN :accountIds")
public class Membership {

    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "decision_message", length = MESSAGE_MAX)
    private String decisionMessage;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(Community community, Account account, Instant now) {
        this.community = community;
        this.account = account;
        request(now);
    }

    /** A new request, or a renewed one after leaving or a refusal; open communities admit at once. */
    final void request(Instant now) {
        if (status == MembershipStatus.ACTIVE || status == MembershipStatus.REQUESTED) {
            throw new AlreadyMemberException();
        }
        requestedAt = now;
        leftAt = null;
        decisionMessage = null;
        if (community.getJoinPolicy() == JoinPolicy.OPEN) {
            status = MembershipStatus.ACTIVE;
            decidedAt = now;
        } else {
            status = MembershipStatus.REQUESTED;
            decidedAt = null;
        }
    }

    void decide(boolean approve, String message, Instant now) {
        if (status != MembershipStatus.REQUESTED) {
            throw new IllegalStateException("Membership " + id + " is not awaiting a decision");
        }
        if (message != null && message.length() > MESSAGE_MAX) {
            throw new InvalidCommunityException();
        }
        status = approve ? MembershipStatus.ACTIVE : MembershipStatus.REFUSED;
        decisionMessage = message == null || message.isBlank() ? null : message.strip();
        decidedAt = now;
    }

    void leave(Instant now) {
        if (status == MembershipStatus.ACTIVE || status == MembershipStatus.REQUESTED) {
            status = MembershipStatus.LEFT;
            leftAt = now;
        }
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public Account getAccount() {
        return account;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getDecisionMessage() {
        return decisionMessage;
    }
}
