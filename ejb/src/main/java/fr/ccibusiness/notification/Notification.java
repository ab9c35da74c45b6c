package fr.ccibusiness.notification;

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

/** One line of an e-mail to come: what is new, where to see it, and when it is due. */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.dueOf", query = "SELECT n FROM Notification n WHERE n.account.id = :accountId"
        + " AND n.sentAt IS NULL AND n.dueAt <= :now ORDER BY n.createdAt, n.id")
public class Notification {

    static final int LINE_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(nullable = false, length = LINE_MAX)
    private String line;

    @Column(nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    Notification(Account account, NotificationKind kind, String line, String link, Instant createdAt, Instant dueAt) {
        this.account = account;
        this.kind = kind;
        this.line = line;
        this.link = link;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    void sent(Instant now) {
        sentAt = now;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getLine() {
        return line;
    }

    public String getLink() {
        return link;
    }
}
