package fr.ccibusiness.batch.retention;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Runs the retention job every night at 02:30 (Paris time) from a persistent timer, which the
 * server keeps in PostgreSQL, so a night missed while the server was down is run when it comes back.
 * Shortly after each start it also resumes a run that a crash of the previous server cut short.
 */
@Singleton
@Startup
@RunAs(Names.ADMIN)
public class RetentionSchedule {

    private static final long RESUME_DELAY_MS = 20_000;

    @Resource
    private TimerService timers;

    @Inject
    private RetentionService retention;

    @PostConstruct
    void afterStart() {
        timers.createSingleActionTimer(RESUME_DELAY_MS, new TimerConfig("resume interrupted retention run", false));
    }

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Paris", persistent = true, info = "nightly retention")
    void nightly() {
        retention.runOrResume();
    }

    @Timeout
    void resumeInterrupted() {
        retention.resumeInterrupted();
    }
}
