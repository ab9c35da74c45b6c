package fr.ccibusiness.newsletter;

import fr.ccibusiness.community.Community;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;

/**
 * A newsletter of one community. Editable while a draft or scheduled; sent once, by the dispatch
 * job; cancelled only before it starts. The counters are the job's, raised with its checkpoints.
 */
@Entity
@Table(name = "newsletter")
@NamedQuery(name = "Newsletter.ofCommunity", query = "SELECT n FROM Newsletter n WHERE n.community = :community"
        + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Newsletter.due", query = "SELECT n FROM Newsletter n WHERE n.status = :status AND n.scheduledAt <= :now")
public class Newsletter {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 100_000;
    private static final EnumSet<NewsletterStatus> EDITABLE = EnumSet.of(NewsletterStatus.DRAFT, NewsletterStatus.SCHEDULED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsletterStatus status;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The execution that started the latest dispatch (its job instance holds any restarts). */
    @Column(name = "dispatch_execution_id")
    private Long dispatchExecutionId;

    @Column(nullable = false)
    private int recipients;

    @Column(nullable = false)
    private int sent;

    @Column(nullable = false)
    private int failed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Newsletter() {
    }

    /** A draft; {@code sanitizedHtml} must come out of the sanitiser. */
    Newsletter(Community community, long authorId, String subject, String sanitizedHtml, Instant now) {
        this.community = Objects.requireNonNull(community);
        this.authorId = authorId;
        this.status = NewsletterStatus.DRAFT;
        this.createdAt = now;
        edit(subject, sanitizedHtml, now);
    }

    void edit(String newSubject, String sanitizedHtml, Instant now) {
        requireEditable();
        subject = Objects.requireNonNull(newSubject);
        bodyHtml = Objects.requireNonNull(sanitizedHtml);
        updatedAt = now;
    }

    void schedule(Instant at, Instant now) {
        requireEditable();
        if (!at.isAfter(now)) {
            throw new InvalidNewsletterException("sendAt", "newsletter.schedule.past");
        }
        status = NewsletterStatus.SCHEDULED;
        scheduledAt = at;
        updatedAt = now;
    }

    void cancel(Instant now) {
        requireEditable();
        status = NewsletterStatus.CANCELLED;
        updatedAt = now;
    }

    /** The dispatch begins, for the subscribers of this moment: no edit nor cancel any more. */
    void startDispatch(int subscribers, Instant now) {
        requireEditable();
        status = NewsletterStatus.SENDING;
        recipients = subscribers;
        startedAt = now;
        updatedAt = now;
    }

    void dispatchedBy(long executionId) {
        dispatchExecutionId = executionId;
    }

    private void requireEditable() {
        if (!EDITABLE.contains(status)) {
            throw new NewsletterStateException("newsletter.notEditable");
        }
    }

    public long getVersion() {
        return version;
    }

    public boolean isEditable() {
        return EDITABLE.contains(status);
    }

    public boolean isSending() {
        return status == NewsletterStatus.SENDING;
    }

    /** Percentage of recipients handled (sent or failed), for the progress bar. */
    public int getProgress() {
        if (status == NewsletterStatus.SENT) {
            return 100;
        }
        return recipients == 0 ? 0 : Math.min(100, (sent + failed) * 100 / recipients);
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public NewsletterStatus getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getDispatchExecutionId() {
        return dispatchExecutionId;
    }

    public int getRecipients() {
        return recipients;
    }

    public int getSent() {
        return sent;
    }

    public int getFailed() {
        return failed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
