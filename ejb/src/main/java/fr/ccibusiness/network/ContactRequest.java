package fr.ccibusiness.network;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The one contact request between two people, whoever asked last. It moves only along the allowed
 * paths: the recipient accepts or declines a pending request, the requester withdraws it, either
 * side removes a connection; a person whose request was declined cannot ask again, the other can.
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(name = "ContactRequest.ofPair", query = "SELECT r FROM ContactRequest r WHERE"
        + " (r.requester = :a AND r.recipient = :b) OR (r.requester = :b AND r.recipient = :a)")
@NamedQuery(name = "ContactRequest.involving", query = "SELECT r FROM ContactRequest r WHERE"
        + " (r.requester = :account OR r.recipient = :account) AND r.status IN :statuses ORDER BY r.requestedAt DESC")
public class ContactRequest {

    public static final int MESSAGE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ContactRequest() {
    }

    public ContactRequest(Account requester, Account recipient, String message, Instant now) {
        if (requester.getId().equals(recipient.getId())) {
            throw new ContactRefusedException("network.request.self");
        }
        this.requester = requester;
        this.recipient = recipient;
        ask(message, now);
    }

    /** Asks again on an existing pair's row, if this person may. */
    void renew(Account from, Account to, String newMessage, Instant now) {
        switch (status) {
            case ACCEPTED -> throw new ContactRefusedException("network.request.connected");
            case PENDING -> throw new ContactRefusedException(from.getId().equals(requester.getId())
                    ? "network.request.pending" : "network.request.theyAsked");
            case DECLINED -> {
                if (from.getId().equals(requester.getId())) {
                    throw new ContactRefusedException("network.request.declined");
                }
            }
            default -> { }
        }
        requester = from;
        recipient = to;
        ask(newMessage, now);
    }

    private void ask(String newMessage, Instant now) {
        String text = newMessage == null || newMessage.isBlank() ? null : newMessage.strip();
        if (text != null && text.length() > MESSAGE_MAX) {
            throw new ContactRefusedException("network.request.tooLong");
        }
        message = text;
        status = ContactStatus.PENDING;
        requestedAt = now;
        decidedAt = null;
    }

    void answer(Account by, boolean accept, Instant now) {
        if (status != ContactStatus.PENDING || !by.getId().equals(recipient.getId())) {
            throw new ContactRefusedException("network.request.gone");
        }
        status = accept ? ContactStatus.ACCEPTED : ContactStatus.DECLINED;
        decidedAt = now;
    }

    void withdraw(Account by, Instant now) {
        if (status != ContactStatus.PENDING || !by.getId().equals(requester.getId())) {
            throw new ContactRefusedException("network.request.gone");
        }
        status = ContactStatus.WITHDRAWN;
        decidedAt = now;
    }

    /** Either side ends a connection (also what blocking someone does to it). */
    void end(Instant now) {
        if (status == ContactStatus.ACCEPTED || status == ContactStatus.PENDING) {
            status = ContactStatus.REMOVED;
            decidedAt = now;
        }
    }

    public Account other(Account me) {
        return requester.getId().equals(me.getId()) ? recipient : requester;
    }

    public boolean isFrom(Account account) {
        return requester.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Account getRequester() {
        return requester;
    }

    public String getMessage() {
        return message;
    }

    public ContactStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
