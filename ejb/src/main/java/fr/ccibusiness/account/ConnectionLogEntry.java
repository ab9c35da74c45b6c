package fr.ccibusiness.account;

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
 * One sign-in attempt: the "données de connexion" of the policy (article 2). An attempt on an
 * unknown address keeps no account, only the network address and the key of the address typed
 * ({@link EmailKeys}), for throttling: known and unknown addresses are throttled alike.
 */
@Entity
@Table(name = "connection_log")
@NamedQuery(name = "ConnectionLogEntry.failuresOfKeySince", query = "SELECT e.occurredAt FROM ConnectionLogEntry e"
        + " WHERE e.emailKey = :key AND e.occurredAt > :since AND e.outcome IN :failures ORDER BY e.occurredAt DESC")
@NamedQuery(name = "ConnectionLogEntry.failuresOfAddressSince", query = "SELECT e.occurredAt FROM ConnectionLogEntry e"
        + " WHERE e.address = :address AND e.occurredAt > :since AND e.outcome IN :failures ORDER BY e.occurredAt DESC")
@NamedQuery(name = "ConnectionLogEntry.successesOfKey", query = "SELECT e.occurredAt FROM ConnectionLogEntry e"
        + " WHERE e.emailKey = :key AND e.outcome = fr.ccibusiness.account.SignInOutcome.SUCCESS ORDER BY e.occurredAt DESC")
public class ConnectionLogEntry {

    public static final int ADDRESS_MAX = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignInOutcome outcome;

    @Column(name = "email_key", length = 64)
    private String emailKey;

    protected ConnectionLogEntry() {
    }

    public ConnectionLogEntry(Account account, String emailKey, Instant occurredAt, String address, SignInOutcome outcome) {
        this.account = account;
        this.emailKey = emailKey;
        this.occurredAt = occurredAt;
        this.address = networkAddress(address);
        this.outcome = outcome;
    }

    /** A client's network address as the logs keep it: IPv6 at most, longer forwarded values cut. */
    static String networkAddress(String address) {
        return address.length() > ADDRESS_MAX ? address.substring(0, ADDRESS_MAX) : address;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAddress() {
        return address;
    }

    public SignInOutcome getOutcome() {
        return outcome;
    }
}
