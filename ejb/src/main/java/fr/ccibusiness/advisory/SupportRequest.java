package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.company.Company;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member's request for a service, for one of their companies, to the service's CCI. It guards its
 * workflow: NEW → ASSIGNED (to one of the CCI's staff) → IN_PROGRESS → DONE or DECLINED with a reason;
 * withdrawn by the member while NEW; each step dated. Its service-level clock is set when it arrives
 * ({@link WorkingDays#due}) and stopped by the CCI's first answer. Once DONE, the member may rate it once.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    public static final int MESSAGE_MAX = 5000;
    public static final int REASON_MAX = 2000;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private SupportOffer offer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cci_id")
    private Cci cci;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    /** The person who asked; null once they are erased (the CCI keeps the request for its records). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "advisor_id")
    private Account advisor;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SupportStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    private Integer rating;

    @Column(name = "rating_comment", length = COMMENT_MAX)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    private long version;

    protected SupportRequest() {
    }

    /** A new request; the offer must be active and the company the requester's (the service checked both). */
    public SupportRequest(SupportOffer offer, Company company, Account requester, String text, Instant now) {
        if (!offer.isActive()) {
            throw new InvalidSupportException("support.offer.withdrawn");
        }
        this.message = text(text, "support.message.required", "support.message.tooLong", MESSAGE_MAX);
        this.offer = offer;
        this.cci = offer.getCci();
        this.company = company;
        this.companyName = company.getLegalName();
        this.requester = requester;
        this.status = SupportStatus.NEW;
        this.submittedAt = now;
        this.dueAt = WorkingDays.due(now, offer.getTargetDays());
    }

    /** Gives the request to an advisor of its CCI (the service checked they serve it); a request under way may change hands. */
    public void assign(Account to, Instant now) {
        if (!status.isOpen()) {
            throw new InvalidSupportException("support.state.closed");
        }
        advisor = to;
        if (status == SupportStatus.NEW) {
            status = SupportStatus.ASSIGNED;
            assignedAt = now;
        }
    }

    public void start(Instant now) {
        if (status != SupportStatus.ASSIGNED) {
            throw new InvalidSupportException("support.state.notAssigned");
        }
        status = SupportStatus.IN_PROGRESS;
        startedAt = now;
    }

    /** The CCI wrote to the member: the first time, it stops the service-level clock. */
    public void answered(Instant now) {
        if (!status.isOpen()) {
            throw new InvalidSupportException("support.state.closed");
        }
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
        }
    }

    public void complete(Instant now) {
        if (status != SupportStatus.IN_PROGRESS) {
            throw new InvalidSupportException("support.state.notInProgress");
        }
        status = SupportStatus.DONE;
        closedAt = now;
    }

    public void decline(String reason, Instant now) {
        if (!status.isOpen()) {
            throw new InvalidSupportException("support.state.closed");
        }
        declineReason = text(reason, "support.reason.required", "support.reason.tooLong", REASON_MAX);
        status = SupportStatus.DECLINED;
        closedAt = now;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
        }
    }

    public void withdraw(Instant now) {
        if (status != SupportStatus.NEW) {
            throw new InvalidSupportException("support.state.notNew");
        }
        status = SupportStatus.WITHDRAWN;
        closedAt = now;
    }

    /** The member's satisfaction, once, after the service was delivered. */
    public void rate(Integer score, String comment, Instant now) {
        if (status != SupportStatus.DONE) {
            throw new InvalidSupportException("support.state.notDone");
        }
        if (rating != null) {
            throw new InvalidSupportException("support.state.rated");
        }
        if (score == null || score < 1 || score > 5) {
            throw new InvalidSupportException("support.rating.invalid");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidSupportException("support.comment.tooLong");
        }
        rating = score;
        ratingComment = text;
        ratedAt = now;
    }

    /** Whether the target passed with no answer yet, the request still open. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && firstAnsweredAt == null && now.isAfter(dueAt);
    }

    public boolean isRequestedBy(Account account) {
        return requester != null && requester.getId().equals(account.getId());
    }

    static String text(String value, String requiredKey, String tooLongKey, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidSupportException(requiredKey);
        }
        if (text.length() > max) {
            throw new InvalidSupportException(tooLongKey);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public SupportOffer getOffer() {
        return offer;
    }

    public Cci getCci() {
        return cci;
    }

    public Company getCompany() {
        return company;
    }

    public String getCompanyName() {
        return companyName;
    }

    public Account getRequester() {
        return requester;
    }

    public Account getAdvisor() {
        return advisor;
    }

    public String getMessage() {
        return message;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
