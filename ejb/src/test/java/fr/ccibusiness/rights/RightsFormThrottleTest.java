package fr.ccibusiness.rights;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RightsFormThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

    @Test
    void anAddressSendsAtMostTheLimitWithinTheHour() {
        RightsFormThrottle throttle = new RightsFormThrottle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.tryAcquire("192.0.2.1", NOW.plusSeconds(i), 5));
        }
        assertFalse(throttle.tryAcquire("192.0.2.1", NOW.plusSeconds(60), 5), "the sixth within the hour");
        assertTrue(throttle.tryAcquire("192.0.2.2", NOW.plusSeconds(60), 5), "another address is not held back");
        assertTrue(throttle.tryAcquire("192.0.2.1", NOW.plusSeconds(3_601), 5), "an hour after the first, one more");
    }

    @Test
    void timesAfterNowDoNotCount() {
        RightsFormThrottle throttle = new RightsFormThrottle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.tryAcquire("192.0.2.1", NOW.plusSeconds(86_400), 5));
        }
        assertTrue(throttle.tryAcquire("192.0.2.1", NOW, 5), "a clock moved back starts afresh");
    }
}
