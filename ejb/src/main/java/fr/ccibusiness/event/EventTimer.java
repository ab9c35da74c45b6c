package fr.ccibusiness.event;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Every minute (a setting): offers of a freed place whose 48 hours ran out expire and go to the next
 * one waiting; events starting within a day send their registrants the reminder, once. Each event is
 * locked while it is handled, so the servers of a cluster never do either twice.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
public class EventTimer {

    static final Duration REMINDER_BEFORE = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private Settings settings;

    @Inject
    private Waitlist waitlist;

    @Inject
    private EventMail mail;

    @Inject
    private Clock clock;

    @PostConstruct
    void start() {
        long interval = settings.eventsTimerSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("events", false));
    }

    @Timeout
    void round() {
        waitlist.expireOffers();
        remind();
    }

    private void remind() {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery("Event.toRemind", Long.class).setParameter("now", now)
                .setParameter("until", now.plus(REMINDER_BEFORE)).setMaxResults(100).getResultList();
        for (long id : due) {
            Event event = waitlist.locked(id);
            if (event != null && event.remind(now)) {
                mail.send(event, em.createNamedQuery("Registration.inStatus", Registration.class).setParameter("event", event)
                        .setParameter("statuses", EnumSet.of(RegistrationStatus.CONFIRMED)).getResultStream()
                        .map(Registration::getAccount).toList(), EventMail.Kind.REMINDER);
            }
        }
    }
}
