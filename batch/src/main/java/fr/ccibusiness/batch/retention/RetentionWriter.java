package fr.ccibusiness.batch.retention;

import fr.ccibusiness.retention.RetentionLedger;
import fr.ccibusiness.retention.RetentionRule;
import fr.ccibusiness.retention.RetentionRules;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Applies the rule to a chunk of ids and counts it, in the chunk's transaction, with its checkpoint. */
@Named
@Dependent
public class RetentionWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String rule;

    @Inject
    private JobContext job;

    @Inject
    private RetentionRules rules;

    @Inject
    private RetentionLedger ledger;

    private RetentionRule retentionRule;
    private Instant asOf;

    @Override
    public void open(Serializable checkpoint) {
        retentionRule = RetentionRule.valueOf(rule);
        asOf = ledger.asOf(job.getInstanceId());
    }

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        ledger.count(job.getInstanceId(), retentionRule, rules.apply(retentionRule, asOf, ids));
    }
}
