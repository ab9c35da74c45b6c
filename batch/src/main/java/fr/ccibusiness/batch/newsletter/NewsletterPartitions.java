package fr.ccibusiness.batch.newsletter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the recipients by account id into as many partitions as SMTP connections: while one
 * connection waits for the server's answer, another renders and sends. Each partition keeps its own
 * checkpoint, so a restart resumes each where it stopped.
 */
@Named
@Dependent
public class NewsletterPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    private String connections;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Math.max(1, Integer.parseInt(connections));
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
            properties[i].setProperty("partitions", String.valueOf(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
