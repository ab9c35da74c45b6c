package fr.ccibusiness.batch.retention;

import fr.ccibusiness.retention.RetentionRun;
import jakarta.batch.runtime.BatchStatus;

/** A run's summary with the state of its latest execution, as the console shows it. */
public record RetentionRunView(RetentionRun run, long executionId, BatchStatus status) {

    public boolean isStoppable() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    /** Stopped or failed runs resume where they stopped; a started one may be left over by a crash. */
    public boolean isResumable() {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED || status == BatchStatus.STARTED
                || status == BatchStatus.STOPPING;
    }

    public String getStatusName() {
        return status.name();
    }

    public RetentionRun getRun() {
        return run;
    }

    public long getExecutionId() {
        return executionId;
    }
}
