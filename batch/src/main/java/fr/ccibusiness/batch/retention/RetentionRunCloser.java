package fr.ccibusiness.batch.retention;

import fr.ccibusiness.retention.RetentionLedger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: every rule has run to its end, the summary gets its finishing time. */
@Named
@Dependent
public class RetentionRunCloser extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private RetentionLedger ledger;

    @Override
    public String process() {
        ledger.close(job.getInstanceId());
        return BatchStatus.COMPLETED.name();
    }
}
