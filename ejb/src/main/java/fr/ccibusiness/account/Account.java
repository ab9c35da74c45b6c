package fr.ccibusiness.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A login: the e-mail the realm authenticates, its password hash, status, language and roles. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");
    public static final int LOCK_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountStatus status;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "lock_reason", length = LOCK_REASON_MAX)
    private String lockReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 30)
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    /** A new registration: a member who still has to confirm the address. */
    public static Account register(String email, String passwordHash, Locale language, Instant now) {
        Account account = new Account();
        account.email = requireValidEmail(email);
        account.passwordHash = passwordHash;
        account.status = AccountStatus.PENDING_VERIFICATION;
        account.language = supportedLanguage(language);
        account.createdAt = now;
        account.roles.add(Role.MEMBER.realmName());
        return account;
    }

    public void confirmEmail(Instant now) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
            verifiedAt = now;
        }
    }

    public void changeEmail(String newEmail) {
        email = requireValidEmail(newEmail);
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    public void changeLanguage(Locale newLanguage) {
        language = supportedLanguage(newLanguage);
    }

    public void grant(Role role) {
        roles.add(role.realmName());
    }

    /** Takes a role back; an account always stays a member. */
    public void revoke(Role role) {
        if (role != Role.MEMBER) {
            roles.remove(role.realmName());
        }
    }

    /**
     * Locks the account: the realm refuses it from now on, whatever its password. The reason is what
     * the administrators keep (1 to {@value #LOCK_REASON_MAX} characters); locking twice keeps the first date.
     */
    public void lock(String reason, Instant now) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > LOCK_REASON_MAX) {
            throw new InvalidLockReasonException();
        }
        if (lockedAt == null) {
            lockedAt = now;
        }
        lockReason = clean;
    }

    public void unlock() {
        lockedAt = null;
        lockReason = null;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public String getLockReason() {
        return lockReason;
    }

    public boolean passwordMatches(String password) {
        return PasswordHasher.matches(password, passwordHash);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Set<Role> getRoles() {
        return roles.stream().map(Role::ofRealmName)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String requireValidEmail(String email) {
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmailException();
        }
        return EmailAddress.normalize(email);
    }

    private static String supportedLanguage(Locale locale) {
        String tag = locale == null ? "fr" : locale.getLanguage();
        return LANGUAGES.contains(tag) ? tag : "fr";
    }
}
