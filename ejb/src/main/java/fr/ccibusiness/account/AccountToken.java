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

/** A single-use, expiring link sent by e-mail. Only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash", query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.revokeOpen", query = "UPDATE AccountToken t SET t.usedAt = :now"
        + " WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "new_email", length = EmailAddress.MAX_LENGTH)
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(Account account, TokenPurpose purpose, String secret, String newEmail, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = PasswordHasher.sha256Hex(secret);
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** The entity to persist and the secret to put in the link: the secret is never stored. */
    public record Issued(AccountToken token, String secret) {
    }

    public static Issued issue(Account account, TokenPurpose purpose, Instant now) {
        return issue(account, purpose, null, now);
    }

    public static Issued issue(Account account, TokenPurpose purpose, String newEmail, Instant now) {
        String secret = PasswordHasher.randomToken();
        return new Issued(new AccountToken(account, purpose, secret, newEmail, now), secret);
    }

    public TokenState stateFor(TokenPurpose expected, Instant now) {
        if (purpose != expected || usedAt != null) {
            return TokenState.INVALID;
        }
        return now.isBefore(expiresAt) ? TokenState.VALID : TokenState.EXPIRED;
    }

    /** Spends the token; a second use finds it {@link TokenState#INVALID}. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Token already used");
        }
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
