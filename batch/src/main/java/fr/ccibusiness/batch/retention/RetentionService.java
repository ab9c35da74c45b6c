package fr.ccibusiness.batch.retention;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.retention.RetentionLedger;
import fr.ccibusiness.retention.RetentionRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The retention job's console: administrators run it now, stop it, resume a stopped or crashed run;
 * administrators and the DPO read the summaries. The nightly timer goes through {@link #runOrResume()}.
 */
@Stateless
public class RetentionService {

    static final String JOB = "retention";
    private static final int RUNS_SHOWN = 30;

    @Inject
    private RetentionLedger ledger;

    @Inject
    private Settings settings;

    /** The people the job warned whose warning the relay has not accepted yet: neither warned nor deletable. */
    @RolesAllowed({Names.ADMIN, Names.DPO})
    public long warningsNotSent() {
        return ledger.warningsNotSent();
    }

    @RolesAllowed({Names.ADMIN, Names.DPO})
    public List<RetentionRunView> latestRuns() {
        Map<Long, JobExecution> executions = latestExecutions();
        return ledger.latest(RUNS_SHOWN).stream()
                .filter(run -> executions.containsKey(run.getJobInstanceId()))
                .map(run -> view(run, executions.get(run.getJobInstanceId())))
                .toList();
    }

    /** Starts a new run, unless one is under way. Returns the execution id. */
    @RolesAllowed(Names.ADMIN)
    public long runNow() {
        if (latestExecution().map(e -> isActive(e.getBatchStatus())).orElse(false)) {
            throw new RetentionAlreadyRunningException();
        }
        return operator().start(JOB, parameters());
    }

    /** Asks the run to stop after its current chunk; it can be resumed from there. */
    @RolesAllowed(Names.ADMIN)
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /**
     * Resumes a stopped or failed run, or one left "started" by a server that died, from its last
     * checkpoint. A run that is really under way is refused.
     */
    @RolesAllowed(Names.ADMIN)
    public long resume(long executionId) {
        try {
            return operator().restart(executionId, parameters());
        } catch (JobRestartException e) {
            throw new RetentionAlreadyRunningException();
        }
    }

    /**
     * The nightly run: first finish a run that was interrupted (stopped, failed, or cut by a crash),
     * otherwise start a new one. Nothing happens while a run is under way.
     */
    @RolesAllowed(Names.ADMIN)
    public void runOrResume() {
        Optional<JobExecution> latest = latestExecution();
        if (latest.isEmpty() || latest.get().getBatchStatus() == BatchStatus.COMPLETED
                || latest.get().getBatchStatus() == BatchStatus.ABANDONED) {
            operator().start(JOB, parameters());
            return;
        }
        try {
            operator().restart(latest.get().getExecutionId(), parameters());
        } catch (JobRestartException e) {
            // under way in this server: tonight's run is that one
        }
    }

    /** After a restart of the server, resumes a run that the previous server left "started". */
    @RolesAllowed(Names.ADMIN)
    public void resumeInterrupted() {
        latestExecution().filter(e -> isActive(e.getBatchStatus())).ifPresent(e -> {
            try {
                operator().restart(e.getExecutionId(), parameters());
            } catch (JobRestartException alive) {
                // really running: nothing to resume
            }
        });
    }

    private Properties parameters() {
        Properties parameters = new Properties();
        parameters.setProperty("chunkSize", String.valueOf(settings.retentionChunkSize()));
        return parameters;
    }

    private static boolean isActive(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private static RetentionRunView view(RetentionRun run, JobExecution execution) {
        return new RetentionRunView(run, execution.getExecutionId(), execution.getBatchStatus());
    }

    private Optional<JobExecution> latestExecution() {
        return latestExecutions().values().stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    /** The latest execution of each recent job instance, by instance id. */
    private Map<Long, JobExecution> latestExecutions() {
        JobOperator operator = operator();
        Map<Long, JobExecution> latest = new HashMap<>();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(JOB, 0, RUNS_SHOWN);
        } catch (NoSuchJobException never) {
            return latest;
        }
        for (JobInstance instance : instances) {
            operator.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .ifPresent(execution -> latest.put(instance.getInstanceId(), execution));
        }
        return latest;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
