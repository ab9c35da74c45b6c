package fr.ccibusiness.messaging;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The thread of two people, stored once for both: the lower account id is "first". Each side keeps
 * the last message it read, which gives its unread count. Created by MessagingService's insert,
 * which keeps one per pair even when both write first at once.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(name = "Conversation.ofPair", query = "SELECT c FROM Conversation c WHERE c.first = :first AND c.second = :second")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "first_id")
    private Account first;

    @ManyToOne
    @JoinColumn(name = "second_id")
    private Account second;

    @Column(name = "first_read_id", nullable = false)
    private long firstReadId;

    @Column(name = "second_read_id", nullable = false)
    private long secondReadId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Version
    private long version;

    protected Conversation() {
    }

    static Account first(Account a, Account b) {
        return a.getId() < b.getId() ? a : b;
    }

    static Account second(Account a, Account b) {
        return a.getId() < b.getId() ? b : a;
    }

    void posted(Message message) {
        lastMessageAt = message.getSentAt();
    }

    /** {@code reader} has seen everything up to {@code messageId}. */
    void readUpTo(Account reader, long messageId) {
        if (isFirst(reader)) {
            firstReadId = Math.max(firstReadId, messageId);
        } else {
            secondReadId = Math.max(secondReadId, messageId);
        }
    }

    long readUpTo(Account reader) {
        return isFirst(reader) ? firstReadId : secondReadId;
    }

    /** The other person, or null once their account is erased. */
    Account other(Account me) {
        return isFirst(me) ? second : first;
    }

    private boolean isFirst(Account account) {
        return first != null && first.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }
}
