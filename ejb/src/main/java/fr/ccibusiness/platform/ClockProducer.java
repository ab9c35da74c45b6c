package fr.ccibusiness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Now" comes from one injectable clock, never from {@code Instant.now()} scattered around, so that
 * the rules about dates (retention, deadlines, expiries) can be tested. The clock is the system's;
 * only a server started with {@code cci.test-clock=true} lets the tests move it forward.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    private Settings settings;

    private volatile Duration shift = Duration.ZERO;

    @Produces
    Clock clock() {
        return new ShiftedClock();
    }

    /** Moves "now" by {@code amount} from the real time, for the tests of date rules. */
    public void shift(Duration amount) {
        if (!settings.testClock()) {
            throw new IllegalStateException("The clock can be moved only on a test server");
        }
        shift = amount;
    }

    /** The system clock plus the current shift, read at every call so that moving it reaches every bean. */
    private final class ShiftedClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), shift);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
