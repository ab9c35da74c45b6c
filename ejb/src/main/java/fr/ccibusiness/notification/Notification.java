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

/**
 * One line of an e-mail to come: what is new, where to see it, and when it is due. What is new is kept
 * by reference (a message key, the person it is about, or the community item), never as a copy of a
 * name or a title: {@link NotificationLines} writes the words when the e-mail is written. Lines queued
 * before that design (migration V20) keep their words until they are sent.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.withIds", query = "SELECT n FROM Notification n JOIN FETCH n.account WHERE n.id IN :ids"
        + " ORDER BY n.createdAt, n.id")
public class Notification {

    static final int LINE_MAX = 400;
    static final int KEY_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(length = LINE_MAX)
    private String line;

    @Column(name = "message_key", length = KEY_MAX)
    private String messageKey;

    @Column(name = "about_account_id")
    private Long aboutAccountId;

    @Column(name = "community_id")
    private Long communityId;

    @Column(name = "announcement_id")
    private Long announcementId;

    @Column(name = "space_item_id")
    private Long spaceItemId;

    @Column(name = "consultation_id")
    private Long consultationId;

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

    /** A notice about what another person did: their name is written when it is sent. */
    Notification(Account account, NotificationKind kind, String messageKey, long aboutAccountId, String link,
                 Instant createdAt, Instant dueAt) {
        if (messageKey.length() > KEY_MAX) {
            throw new IllegalArgumentException("Message key too long: " + messageKey);
        }
        this.account = account;
        this.kind = kind;
        this.messageKey = messageKey;
        this.aboutAccountId = aboutAccountId;
        this.link = link;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    Account getAccount() {
        return account;
    }

    void sent(Instant now) {
        sentAt = now;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The words of a line queued before V20, or null. */
    String getLine() {
        return line;
    }

    String getMessageKey() {
        return messageKey;
    }

    Long getAboutAccountId() {
        return aboutAccountId;
    }

    Long getCommunityId() {
        return communityId;
    }

    Long getAnnouncementId() {
        return announcementId;
    }

    Long getConsultationId() {
        return consultationId;
    }

    Long getSpaceItemId() {
        return spaceItemId;
    }

    public String getLink() {
        return link;
    }
}
