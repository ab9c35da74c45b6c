package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.newsletter.Newsletter;
import fr.ccibusiness.newsletter.NewsletterService;
import fr.ccibusiness.newsletter.NewsletterStateException;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, starts the scheduled newsletters whose time has come; at its first tick after the
 * server starts, resumes the dispatches a crash left half-done (those an animator paused stay paused). Claiming a newsletter is one guarded state change, so two
 * servers never both send it.
 */
@Singleton
@RunAs(Names.ADMIN)
public class NewsletterScheduler {

    @Inject
    private NewsletterService newsletters;

    @Inject
    private NewsletterDispatchService dispatch;

    @Inject
    private Logger log;

    private boolean resumedAfterStart;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "scheduled newsletters")
    void tick() {
        for (Long due : newsletters.due()) {
            try {
                dispatch.sendNow(due);
            } catch (NewsletterStateException taken) {
                log.log(Level.FINE, "Newsletter {0} was claimed elsewhere", due);
            }
        }
        for (Newsletter sending : newsletters.sending()) {
            // After a restart of this server, every dispatch it may have been running; at every tick, those
            // claimed and never started (the claim and the start are two steps: a crash may fall between).
            if (!resumedAfterStart || sending.getDispatchExecutionId() == null) {
                dispatch.resumeInterrupted(sending.getId(), !resumedAfterStart);
            }
        }
        resumedAfterStart = true;
    }
}
