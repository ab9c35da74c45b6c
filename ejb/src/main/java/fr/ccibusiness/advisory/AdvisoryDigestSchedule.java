package fr.ccibusiness.advisory;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Every working morning at 7:30 (Paris), each advisor gets the digest of their open and overdue requests. */
@Singleton
public class AdvisoryDigestSchedule {

    @Inject
    private AdvisoryDigest digest;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "30", timezone = "Europe/Paris", persistent = true, info = "Advisors' digest")
    void morning() {
        Instant now = clock.instant();
        if (WorkingDays.isWorkingDay(now.atZone(WorkingDays.ZONE).toLocalDate())) {
            digest.sendAll(now);
        }
    }
}
