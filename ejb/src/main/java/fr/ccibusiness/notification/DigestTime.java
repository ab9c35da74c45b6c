package fr.ccibusiness.notification;

import fr.ccibusiness.account.NotificationFrequency;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When a notification is due: now, at the next morning digest (7:00, Paris time), or never. */
public final class DigestTime {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalTime DIGEST = LocalTime.of(7, 0);

    private DigestTime() {
    }

    public static Optional<Instant> due(NotificationFrequency frequency, Instant now) {
        return switch (frequency) {
            case EACH -> Optional.of(now);
            case DAILY -> Optional.of(nextDigest(now));
            case NEVER -> Optional.empty();
        };
    }

    static Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(PARIS);
        ZonedDateTime today = local.toLocalDate().atTime(DIGEST).atZone(PARIS);
        return (local.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }
}
