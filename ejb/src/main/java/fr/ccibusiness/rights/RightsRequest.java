package fr.ccibusiness.rights;

import fr.ccibusiness.account.PasswordHasher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A request to exercise a right (article 4). Its legal due date is one month after it is received
 * (its address confirmed), and may be extended once, by one or two months, with a reason (GDPR
 * article 12(3)).
 */
@Entity
@Table(name = "rights_request")
@NamedQuery(name = "RightsRequest.byTokenHash", query = "SELECT r FROM RightsRequest r WHERE r.tokenHash = :hash")
@NamedQuery(name = "RightsRequest.withStatus", query = "SELECT r FROM RightsRequest r WHERE r.status IN :statuses"
        + " ORDER BY r.dueOn, r.receivedAt")
@NamedQuery(name = "RightsRequest.accountsWithStatus", query = "SELECT DISTINCT a.id FROM RightsRequest r, Account a"
        + " WHERE r.status IN :statuses AND LOWER(a.email) = LOWER(r.email)")
public class RightsRequest {

    public static final int NAME_MAX = 100;
    public static final int MESSAGE_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int MAX_EXTENSION_MONTHS = 2;
    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RightsKind kind;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RightsStatus status;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "extended_months", nullable = false)
    private int extendedMonths;

    @Column(name = "extension_reason", length = REASON_MAX)
    private String extensionReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected RightsRequest() {
    }

    RightsRequest(RightsKind kind, String lastName, String firstName, String email, String message, Locale language,
                  String secret, Instant now) {
        this.kind = kind;
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.message = message;
        this.language = "en".equals(language.getLanguage()) ? "en" : "fr";
        this.status = RightsStatus.UNVERIFIED;
        this.tokenHash = PasswordHasher.sha256Hex(secret);
        this.submittedAt = now;
    }

    /** The link was followed: the request is received now and due one month later. */
    boolean confirm(Instant now) {
        if (status != RightsStatus.UNVERIFIED || now.isAfter(submittedAt.plus(CONFIRMATION_VALIDITY))) {
            return false;
        }
        status = RightsStatus.OPEN;
        tokenHash = null;
        receivedAt = now;
        dueOn = receivedAt.atZone(ZONE).toLocalDate().plusMonths(1);
        return true;
    }

    /** Once only, by one or two months, with the reason the person will be told. */
    void extend(int months, String reason) {
        if (status != RightsStatus.OPEN) {
            throw new RightsRequestStateException("rights.notOpen");
        }
        if (extendedMonths > 0) {
            throw new RightsRequestStateException("rights.alreadyExtended");
        }
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            throw new RightsRequestStateException("rights.extension.months");
        }
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new RightsRequestStateException("rights.extension.reason");
        }
        extendedMonths = months;
        extensionReason = reason.strip();
        dueOn = dueOn.plusMonths(months);
    }

    void close(Instant now) {
        if (status != RightsStatus.OPEN) {
            throw new RightsRequestStateException("rights.notOpen");
        }
        status = RightsStatus.CLOSED;
        closedAt = now;
    }

    public boolean isOverdue(LocalDate today) {
        return status == RightsStatus.OPEN && dueOn.isBefore(today);
    }

    /** Days left until the due date (negative once overdue). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public boolean isOpen() {
        return status == RightsStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public RightsKind getKind() {
        return kind;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getMessage() {
        return message;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public RightsStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getExtendedMonths() {
        return extendedMonths;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
