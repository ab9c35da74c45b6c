package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.newsletter.Newsletter;
import fr.ccibusiness.newsletter.NewsletterService;
import fr.ccibusiness.newsletter.NewsletterStateException;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts, pauses, resumes and re-runs the dispatch of a newsletter, for the animators of its
 * community (the access check is the newsletter service's) and the scheduler.
 */
@Stateless
public class NewsletterDispatchService {

    static final String JOB = "newsletter-dispatch";

    @Inject
    private NewsletterService newsletters;

    @Inject
    private Settings settings;

    /** Sends now (a draft, or a scheduled one ahead of time) to the subscribers of this moment. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendNow(long newsletterId) {
        if (!newsletters.claimForDispatch(newsletterId)) {
            throw new NewsletterStateException("newsletter.notEditable");
        }
        long execution = operator().start(JOB, parameters(newsletterId, "all"));
        newsletters.dispatchedBy(newsletterId, execution);
    }

    /** Sends again to those whose delivery failed and who are still subscribers; never two at once. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resendFailed(long newsletterId) {
        Newsletter newsletter = newsletters.newsletter(newsletterId);
        if (newsletter.getFailed() == 0 || newsletter.isSending()) {
            throw new NewsletterStateException("newsletter.nothingToResend");
        }
        if (latestExecution(newsletter).map(e -> isRunning(e.getBatchStatus())).orElse(false)) {
            throw new NewsletterStateException("newsletter.alreadyRunning");
        }
        long execution = operator().start(JOB, parameters(newsletterId, "failed"));
        newsletters.dispatchedBy(newsletterId, execution);
    }

    /** Pauses a dispatch at the end of its current chunk; {@link #resume} goes on from there. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void pause(long newsletterId) {
        latestExecution(newsletters.newsletter(newsletterId)).filter(e -> isRunning(e.getBatchStatus()))
                .ifPresent(e -> operator().stop(e.getExecutionId()));
    }

    /**
     * Resumes a paused dispatch, or one cut by a crash of the server, from its last checkpoint; starts
     * one that was claimed but never started.
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long newsletterId) {
        Newsletter newsletter = newsletters.newsletter(newsletterId);
        if (!newsletter.isSending()) {
            throw new NewsletterStateException("newsletter.notSending");
        }
        if (newsletter.getDispatchExecutionId() == null) {
            startUnstarted(newsletterId);
            return;
        }
        latestExecution(newsletter).ifPresent(e -> {
            try {
                operator().restart(e.getExecutionId(), parameters(newsletterId, "all"));
            } catch (JobRestartException running) {
                throw new NewsletterStateException("newsletter.alreadyRunning");
            }
        });
    }

    /**
     * At the scheduler's ticks: a dispatch claimed with no execution recorded is started, or its running
     * execution adopted ({@link #startUnstarted}). Just after this server started ({@code afterStart}), a
     * dispatch whose latest execution, recorded or adopted, still reads "started" was cut by the crash,
     * and goes on from its last checkpoint. Paused (stopped) ones are left alone.
     */
    @RolesAllowed(Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeInterrupted(long newsletterId, boolean afterStart) {
        if (newsletters.newsletter(newsletterId).getDispatchExecutionId() == null) {
            startUnstarted(newsletterId);
        }
        if (!afterStart) {
            return;
        }
        Optional<JobExecution> latest = latestExecution(newsletters.newsletter(newsletterId));
        latest.filter(e -> isRunning(e.getBatchStatus())).ifPresent(e -> {
            try {
                operator().restart(e.getExecutionId(), parameters(newsletterId, "all"));
            } catch (JobRestartException reallyRunning) {
                // alive in this server: nothing to resume
            }
        });
    }

    /**
     * Whether the dispatch is paused (stopped, failed, or cut short), so that it can be resumed; a dispatch
     * claimed but never started is too.
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public boolean isPaused(long newsletterId) {
        Newsletter newsletter = newsletters.newsletter(newsletterId);
        return newsletter.isSending() && (newsletter.getDispatchExecutionId() == null
                || latestExecution(newsletter).map(e -> !isRunning(e.getBatchStatus())).orElse(false));
    }

    /**
     * A dispatch claimed with no execution recorded: if an execution of it reads "running" (started, but
     * its id not recorded; after a crash, a dead one, which {@link #resumeInterrupted} then restarts),
     * that one is recorded; otherwise, once it waited long enough and nobody else took it over,
     * one is started. The reader skips whoever already has an outcome, so nobody receives it twice.
     */
    private void startUnstarted(long newsletterId) {
        JobOperator operator = operator();
        Optional<Long> running;
        try {
            running = operator.getRunningExecutions(JOB).stream()
                    .filter(id -> String.valueOf(newsletterId).equals(operator.getParameters(id).getProperty("newsletterId")))
                    .max(Long::compare);
        } catch (NoSuchJobException none) {
            running = Optional.empty();
        }
        if (running.isPresent()) {
            newsletters.dispatchedBy(newsletterId, running.get());
        } else if (newsletters.takeOverUnstarted(newsletterId)) {
            newsletters.dispatchedBy(newsletterId, operator.start(JOB, parameters(newsletterId, "all")));
        }
    }

    /** The latest execution of the newsletter's dispatch: the one that started it, or a restart of it. */
    private Optional<JobExecution> latestExecution(Newsletter newsletter) {
        if (newsletter.getDispatchExecutionId() == null) {
            return Optional.empty();
        }
        JobOperator operator = operator();
        JobInstance instance = operator.getJobInstance(newsletter.getDispatchExecutionId());
        return operator.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private static boolean isRunning(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private Properties parameters(long newsletterId, String mode) {
        Properties parameters = new Properties();
        parameters.setProperty("newsletterId", String.valueOf(newsletterId));
        parameters.setProperty("mode", mode);
        parameters.setProperty("chunkSize", String.valueOf(settings.newsletterChunkSize()));
        parameters.setProperty("attempts", String.valueOf(settings.newsletterAttempts()));
        parameters.setProperty("retryDelayMs", String.valueOf(settings.newsletterRetryDelayMs()));
        parameters.setProperty("connections", String.valueOf(settings.newsletterConnections()));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
