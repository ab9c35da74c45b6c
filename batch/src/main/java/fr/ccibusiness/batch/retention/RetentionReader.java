package fr.ccibusiness.batch.retention;

import fr.ccibusiness.retention.RetentionLedger;
import fr.ccibusiness.retention.RetentionRule;
import fr.ccibusiness.retention.RetentionRules;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids a rule applies to, a page at a time, after the last id handled (the checkpoint). */
@Named
@Dependent
public class RetentionReader extends AbstractItemReader {

    private static final int PAGE = 1000;

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
    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        retentionRule = RetentionRule.valueOf(rule);
        asOf = ledger.asOf(job.getInstanceId());
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(rules.candidates(retentionRule, asOf, lastId, PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        lastId = page.poll();
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
