package fr.ccibusiness.batch;

import fr.ccibusiness.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Properties;

/**
 * Starting the platform's jobs on demand and reading their executions, for the administrators. It
 * lives in this module because the job XMLs are found from the jar that starts them; the executions
 * are kept in PostgreSQL by JBeret, so they survive a restart.
 */
@Stateless
public class BatchJobsService {

    @RolesAllowed(Role.Names.ADMIN)
    public long startJob(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.DPO})
    public List<JobExecution> recentExecutions(String jobName, int count) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(jobName)) {
            return List.of();
        }
        return operator.getJobInstances(jobName, 0, count).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .toList();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
