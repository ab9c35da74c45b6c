package fr.ccibusiness.outbox;

import fr.ccibusiness.platform.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A mail of the outbox, from the transaction that decided it until the relay accepts it. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.failed", query = "SELECT m FROM OutboxMail m WHERE m.status = fr.ccibusiness.outbox.OutboxStatus.FAILED"
        + " ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMail {

    /** Attempts before a mail is left FAILED for an administrator: some four hours of a relay down. */
    static final int MAX_ATTEMPTS = 12;
    /** Back-off after the first failure; doubled at each of the next ones, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ERROR_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 320)
    private String recipient;

    /** The recipient's account when the mail is about it (a retention warning); null otherwise. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    /** An iCalendar invitation sent along, or null. */
    @Column
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMail() {
    }

    OutboxMail(OutgoingMail mail, Instant now) {
        kind = mail.kind();
        recipient = mail.to();
        accountId = mail.accountId();
        subject = mail.subject();
        textBody = mail.text();
        htmlBody = mail.html();
        calendar = mail.calendar();
        status = OutboxStatus.PENDING;
        nextAttemptAt = now;
        createdAt = now;
    }

    /** The next attempt after one that failed: later, with a doubled wait, or never (FAILED). */
    void attemptFailed(String error, Instant now) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
        } else {
            status = OutboxStatus.PENDING;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
            nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    /** An administrator's retry: a fresh set of attempts, now. */
    void retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("Only a failed mail is retried");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(kind, recipient, subject, textBody, htmlBody, accountId, calendar);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    /** The account the mail was written to, if it was written to one. */
    public Long getAccountId() {
        return accountId;
    }

    public String getRecipient() {
        return recipient;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
