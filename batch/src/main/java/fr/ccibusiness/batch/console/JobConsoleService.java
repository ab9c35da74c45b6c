package fr.ccibusiness.batch.console;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.batch.retention.RetentionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/**
 * Every batch job of the platform as the administrators run them: each one's latest executions read
 * from JBeret's repository (kept in PostgreSQL, so they survive a restart), with their steps' counts
 * and progress; starting the jobs that need no parameters (retention: through its own service, which
 * refuses a second run), stopping a run after its chunk, restarting a stopped or failed one from its
 * checkpoint with the parameters it was started with.
 */
@Stateless
@RolesAllowed(Names.ADMIN)
public class JobConsoleService {

    /** The platform's jobs, one per file of META-INF/batch-jobs (an integration test holds the two lists together). */
    public static final List<String> JOBS = List.of("retention", "newsletter-dispatch");
    /** The jobs the console may start: those that need no parameters. */
    private static final List<String> STARTABLE = List.of("retention");
    private static final int EXECUTIONS_SHOWN = 10;
    private static final Map<String, Integer> STEPS = new ConcurrentHashMap<>();

    @Inject
    private RetentionService retention;

    @RolesAllowed(Names.ADMIN)
    public List<JobView> jobs() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobView> jobs = new ArrayList<>();
        for (String job : JOBS) {
            jobs.add(new JobView(job, STARTABLE.contains(job), executions(operator, job)));
        }
        return jobs;
    }

    /** Starts a job that needs no parameters; returns the execution id. */
    @RolesAllowed(Names.ADMIN)
    public long start(String job) {
        if (!STARTABLE.contains(job)) {
            throw new IllegalArgumentException("The console does not start " + job);
        }
        return retention.runNow();
    }

    /** Asks a run to stop after its current chunk. */
    @RolesAllowed(Names.ADMIN)
    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    /**
     * Restarts a stopped or failed run from its checkpoint, with its own parameters; false when it
     * cannot be (under way, completed, or not the latest execution of its instance).
     */
    @RolesAllowed(Names.ADMIN)
    public boolean restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            operator.restart(executionId, operator.getParameters(executionId));
            return true;
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException
                 | NoSuchJobExecutionException e) {
            return false;
        }
    }

    private static List<ExecutionView> executions(JobOperator operator, String job) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, EXECUTIONS_SHOWN);
        } catch (NoSuchJobException never) {
            return List.of();
        }
        List<ExecutionView> views = new ArrayList<>();
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                views.add(view(operator, job, instance, execution));
            }
        }
        views.sort(Comparator.comparingLong(ExecutionView::executionId).reversed());
        return views.size() > EXECUTIONS_SHOWN ? views.subList(0, EXECUTIONS_SHOWN) : views;
    }

    private static ExecutionView view(JobOperator operator, String job, JobInstance instance, JobExecution execution) {
        List<StepView> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(step -> new StepView(step.getStepName(), step.getBatchStatus().name(), step.getStartTime(), step.getEndTime(),
                        metric(step, Metric.MetricType.READ_COUNT), metric(step, Metric.MetricType.WRITE_COUNT),
                        metric(step, Metric.MetricType.READ_SKIP_COUNT) + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                                + metric(step, Metric.MetricType.WRITE_SKIP_COUNT)))
                .toList();
        int done = (int) steps.stream().filter(step -> "COMPLETED".equals(step.status())).count();
        return new ExecutionView(execution.getExecutionId(), instance.getInstanceId(), job, execution.getBatchStatus().name(),
                execution.getExitStatus(), execution.getStartTime(), execution.getEndTime(), done, steps(job), steps);
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        Metric[] metrics = step.getMetrics();
        if (metrics == null) {
            return 0;
        }
        for (Metric metric : metrics) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    /** How many steps a job has, read once from its XML. */
    private static int steps(String job) {
        return STEPS.computeIfAbsent(job, name -> {
            try (InputStream xml = JobConsoleService.class.getResourceAsStream("/META-INF/batch-jobs/" + name + ".xml")) {
                if (xml == null) {
                    return 0;
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "step").getLength();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Reading the job " + name, e);
            }
        });
    }
}
