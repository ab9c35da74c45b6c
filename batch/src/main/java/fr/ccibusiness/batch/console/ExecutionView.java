package fr.ccibusiness.batch.console;

import java.util.Date;
import java.util.List;

/**
 * An execution of a job: its state, times, the items its steps read, wrote and skipped, and how far
 * it went (steps finished out of the job's steps).
 */
public record ExecutionView(long executionId, long instanceId, String job, String status, String exitStatus, Date start, Date end,
                            int stepsDone, int stepsTotal, List<StepView> steps) {

    public long getRead() {
        return steps.stream().mapToLong(StepView::read).sum();
    }

    public long getWritten() {
        return steps.stream().mapToLong(StepView::written).sum();
    }

    public long getSkipped() {
        return steps.stream().mapToLong(StepView::skipped).sum();
    }

    /** How far the run went, in percent: 100 once completed. */
    public int getPercent() {
        if ("COMPLETED".equals(status)) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : Math.min(99, stepsDone * 100 / stepsTotal);
    }

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean isRestartable() {
        return "STOPPED".equals(status) || "FAILED".equals(status);
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }
}
