package fr.ccibusiness.batch.console;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every job's listener: a run that ends FAILED e-mails the administrators. */
@Named
@Dependent
public class FailedRunAlert extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private JobAlerts alerts;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            alerts.failed(job.getJobName(), job.getExecutionId(), job.getExitStatus());
        }
    }
}
