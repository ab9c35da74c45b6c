package fr.ccibusiness.batch.retention;

import fr.ccibusiness.retention.RetentionLedger;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens the run's summary when the job starts; a restart finds it open and keeps its "as of". */
@Named
@Dependent
public class RetentionRunOpener extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private RetentionLedger ledger;

    @Override
    public void beforeJob() {
        ledger.open(job.getInstanceId());
    }
}
