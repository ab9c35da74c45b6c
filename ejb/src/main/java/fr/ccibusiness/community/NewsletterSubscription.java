package fr.ccibusiness.community;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Policy article 7: becoming a member of a community subscribes to its newsletter, with the date. */
@Entity
@Table(name = "newsletter_subscription")
@NamedQuery(name = "NewsletterSubscription.ofCommunityAndAccount", query = "SELECT s FROM NewsletterSubscription s"
        + " WHERE s.community = :community AND s.account = :account")
@NamedQuery(name = "NewsletterSubscription.ofAccount", query = "SELECT s FROM NewsletterSubscription s"
        + " WHERE s.account = :account")
@NamedQuery(name = "NewsletterSubscription.deleteOfAccounts", query = "DELETE FROM NewsletterSubscription s"
        + " WHERE s.account.id IN :accountIds")
public class NewsletterSubscription {

    /** How the subscription came about. */
    public static final String SOURCE_JOIN = "JOIN";
    /** Subscribed again by the member from "Mon compte". */
    public static final String SOURCE_ACCOUNT = "ACCOUNT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    @Column(nullable = false, length = 20)
    private String source;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected NewsletterSubscription() {
    }

    NewsletterSubscription(Community community, Account account, Instant now, String source) {
        this.community = community;
        this.account = account;
        this.subscribedAt = now;
        this.source = source;
    }

    /** Joining again, or subscribing again from "Mon compte", subscribes from now. */
    void resubscribe(Instant now, String newSource) {
        if (unsubscribedAt != null) {
            subscribedAt = now;
            source = newSource;
            unsubscribedAt = null;
        }
    }

    void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    public boolean isActive() {
        return unsubscribedAt == null;
    }

    public Community getCommunity() {
        return community;
    }

    public Instant getSubscribedAt() {
        return subscribedAt;
    }
}
