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
import java.time.Instant;

/**
 * A message of a conversation: plain text, shown escaped. The sender becomes unknown when their
 * account is erased; moderation removes its text but keeps its place in the thread.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = "Message.ofConversation", query = "SELECT m FROM Message m WHERE m.conversation = :conversation ORDER BY m.id")
public class Message {

    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @ManyToOne
    @JoinColumn(name = "sender_id")
    private Account sender;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Message() {
    }

    Message(Conversation conversation, Account sender, String text, Instant now) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > BODY_MAX) {
            throw new MessageRefusedException("messages.body.invalid");
        }
        this.conversation = conversation;
        this.sender = sender;
        this.body = body;
        this.sentAt = now;
    }

    /** Moderation: the text goes, the message stays as "removed" in both threads. */
    void remove(Instant now) {
        body = "—";
        removedAt = now;
    }

    boolean isFrom(Account account) {
        return sender != null && sender.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Account getSender() {
        return sender;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
