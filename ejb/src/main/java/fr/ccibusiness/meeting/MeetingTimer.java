package fr.ccibusiness.meeting;

import fr.ccibusiness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/** Every minute (the events' setting): a request still unanswered when its session's request period ends expires. */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
public class MeetingTimer {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @PostConstruct
    void start() {
        long interval = settings.eventsTimerSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("meeting-requests", false));
    }

    @Timeout
    void expireRequests() {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("UPDATE app.meeting_request r SET status = 'EXPIRED', decided_at = ?1, version = r.version + 1"
                + " FROM app.meeting_session s WHERE s.id = r.session_id AND r.status = 'PENDING' AND s.requests_close_at <= ?1")
                .setParameter(1, now).executeUpdate();
    }
}
