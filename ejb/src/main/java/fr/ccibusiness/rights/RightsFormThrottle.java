package fr.ccibusiness.rights;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public rights form sends an e-mail to whatever address it is given, so one network address may
 * send only so many requests an hour. Kept in memory (no one's network address is stored), for the
 * addresses seen most recently.
 */
@ApplicationScoped
public class RightsFormThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> sent = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    /**
     * Counts a request from {@code address} unless it already sent {@code limit} in the hour before
     * {@code now} (times after {@code now}, from a clock moved back, do not count).
     */
    synchronized boolean tryAcquire(String address, Instant now, int limit) {
        Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
        times.removeIf(t -> !t.isAfter(now.minus(WINDOW)) || t.isAfter(now));
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
