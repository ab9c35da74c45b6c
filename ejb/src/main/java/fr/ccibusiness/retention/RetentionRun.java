package fr.ccibusiness.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The summary of one run of the retention job (a job instance, whatever the number of restarts): the
 * "now" its rules were applied at, and how many items each rule handled. The counters are raised by
 * the job in the transaction of each chunk, so they stay exact across a stop or a crash.
 */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = "RetentionRun.latest", query = "SELECT r FROM RetentionRun r ORDER BY r.jobInstanceId DESC")
public class RetentionRun {

    @Id
    @Column(name = "job_instance_id")
    private long jobInstanceId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Column(nullable = false)
    private int warned;

    @Column(name = "deleted_inactive", nullable = false)
    private int deletedInactive;

    @Column(name = "deleted_unverified", nullable = false)
    private int deletedUnverified;

    @Column(name = "purged_connection_logs", nullable = false)
    private long purgedConnectionLogs;

    @Column(name = "purged_unconfirmed_requests", nullable = false)
    private int purgedUnconfirmedRequests;

    @Column(name = "purged_consultations", nullable = false)
    private int purgedConsultations;

    @Column(name = "purged_events", nullable = false)
    private int purgedEvents;

    @Column(name = "purged_support_requests", nullable = false)
    private int purgedSupportRequests;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RetentionRun() {
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getAsOf() {
        return asOf;
    }

    public int getWarned() {
        return warned;
    }

    public int getDeletedInactive() {
        return deletedInactive;
    }

    public int getDeletedUnverified() {
        return deletedUnverified;
    }

    public long getPurgedConnectionLogs() {
        return purgedConnectionLogs;
    }

    public int getPurgedUnconfirmedRequests() {
        return purgedUnconfirmedRequests;
    }

    public int getPurgedConsultations() {
        return purgedConsultations;
    }

    public int getPurgedEvents() {
        return purgedEvents;
    }

    public int getPurgedSupportRequests() {
        return purgedSupportRequests;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
