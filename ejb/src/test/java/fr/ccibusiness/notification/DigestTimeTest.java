package fr.ccibusiness.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ccibusiness.account.NotificationFrequency;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestTimeTest {

    @Test
    void eachIsDueAtOnceAndNeverIsNotQueued() {
        Instant now = Instant.parse("2026-11-26T15:00:00Z");
        assertEquals(Optional.of(now), DigestTime.due(NotificationFrequency.EACH, now));
        assertEquals(Optional.empty(), DigestTime.due(NotificationFrequency.NEVER, now));
    }

    @Test
    void theDigestGoesAtTheNextSevenOClockInParis() {
        // Winter: Paris is UTC+1, so 7:00 there is 6:00 UTC.
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), DigestTime.nextDigest(Instant.parse("2026-11-26T15:00:00Z")));
        assertEquals(Instant.parse("2026-11-26T06:00:00Z"), DigestTime.nextDigest(Instant.parse("2026-11-26T05:59:00Z")));
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), DigestTime.nextDigest(Instant.parse("2026-11-26T06:00:00Z")));
        // Summer: UTC+2.
        assertEquals(Instant.parse("2026-07-02T05:00:00Z"), DigestTime.nextDigest(Instant.parse("2026-07-01T12:00:00Z")));
    }
}
