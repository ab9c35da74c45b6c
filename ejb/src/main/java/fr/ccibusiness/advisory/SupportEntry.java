package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's history: a message (member ↔ CCI), a note of the CCI's (never shown to the member), a step. */
@Entity
@Table(name = "support_entry")
@NamedQuery(name = "SupportEntry.ofRequest", query = "SELECT e FROM SupportEntry e LEFT JOIN FETCH e.author"
        + " WHERE e.request = :request AND e.kind IN :kinds ORDER BY e.writtenAt, e.id")
public class SupportEntry {

    public static final int BODY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntryKind kind;

    @Column(name = "from_cci", nullable = false)
    private boolean fromCci;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected SupportEntry() {
    }

    private SupportEntry(SupportRequest request, EntryKind kind, boolean fromCci, Account author, String body, Instant now) {
        this.request = request;
        this.kind = kind;
        this.fromCci = fromCci;
        this.author = author;
        this.body = body;
        this.writtenAt = now;
    }

    public static SupportEntry message(SupportRequest request, boolean fromCci, Account author, String text, Instant now) {
        return new SupportEntry(request, EntryKind.MESSAGE, fromCci, author,
                SupportRequest.text(text, "support.body.required", "support.body.tooLong", BODY_MAX), now);
    }

    public static SupportEntry note(SupportRequest request, Account author, String text, Instant now) {
        return new SupportEntry(request, EntryKind.NOTE, true, author,
                SupportRequest.text(text, "support.body.required", "support.body.tooLong", BODY_MAX), now);
    }

    /** A step of the workflow, its key and argument (the status reached, an advisor's name) for the history. */
    public static SupportEntry step(SupportRequest request, Account author, String what, Instant now) {
        return new SupportEntry(request, EntryKind.STEP, true, author, what, now);
    }

    public Long getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public boolean isFromCci() {
        return fromCci;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
