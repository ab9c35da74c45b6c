package fr.ccibusiness.messaging;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Community;
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
 * A message reported by the person who received it, to the animators of a community both share
 * (none: to the administrators). Decided once: dismissed, or the message removed.
 */
@Entity
@Table(name = "message_report")
@NamedQuery(name = "MessageReport.open", query = "SELECT r FROM MessageReport r WHERE r.status = fr.ccibusiness.messaging.ReportStatus.OPEN"
        + " ORDER BY r.reportedAt")
@NamedQuery(name = "MessageReport.openInCommunities", query = "SELECT r FROM MessageReport r"
        + " WHERE r.status = fr.ccibusiness.messaging.ReportStatus.OPEN AND r.community IN :communities ORDER BY r.reportedAt")
@NamedQuery(name = "MessageReport.openOfMessage", query = "SELECT r FROM MessageReport r WHERE r.message = :message"
        + " AND r.status = fr.ccibusiness.messaging.ReportStatus.OPEN")
public class MessageReport {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private Message message;

    @ManyToOne
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MessageReport() {
    }

    MessageReport(Message message, Community community, Account reporter, String reason, Instant now) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new MessageRefusedException("messages.report.reason");
        }
        this.message = message;
        this.community = community;
        this.reporter = reporter;
        this.reason = text;
        this.reportedAt = now;
        this.status = ReportStatus.OPEN;
    }

    void decide(boolean removeMessage, Account by, Instant now) {
        if (status != ReportStatus.OPEN) {
            throw new MessageRefusedException("moderation.decided");
        }
        status = removeMessage ? ReportStatus.REMOVED : ReportStatus.DISMISSED;
        decidedBy = by;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Message getMessage() {
        return message;
    }

    public Community getCommunity() {
        return community;
    }

    public Account getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public ReportStatus getStatus() {
        return status;
    }
}
