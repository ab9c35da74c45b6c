package fr.ccibusiness.web.jobs;

import fr.ccibusiness.batch.console.JobConsoleService;
import fr.ccibusiness.batch.console.JobView;
import fr.ccibusiness.batch.retention.RetentionAlreadyRunningException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * admin/jobs.xhtml: every batch job with its latest executions, their steps and counts; a run under
 * way shows its progress, refreshed every two seconds until it ends; start, stop, restart.
 */
@Named
@ViewScoped
public class JobsConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobConsoleService console;

    private List<JobView> jobs;

    public void load() {
        jobs = console.jobs();
    }

    public void start(String job) {
        try {
            console.start(job);
            Messages.pageInfo("jobs.started");
        } catch (RetentionAlreadyRunningException e) {
            Messages.pageError(e.messageKey());
        }
        load();
    }

    public void stop(long executionId) {
        console.stop(executionId);
        Messages.pageInfo("jobs.stopping");
        load();
    }

    public void restart(long executionId) {
        if (console.restart(executionId)) {
            Messages.pageInfo("jobs.restarted");
        } else {
            Messages.pageError("jobs.notRestartable");
        }
        load();
    }

    public List<JobView> getJobs() {
        if (jobs == null) {
            load();
        }
        return jobs;
    }

    /** Whether a run is under way somewhere: the page then refreshes itself. */
    public boolean isRunning() {
        return getJobs().stream().anyMatch(JobView::isRunning);
    }
}
