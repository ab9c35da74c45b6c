package fr.ccibusiness.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void fourFailuresOfAnAccountStillLetItTry() {
        assertTrue(LoginThrottle.blockedUntil(failuresMinutesAgo(1, 2, 3, 4), List.of(), NOW).isEmpty());
    }

    @Test
    void theFifthFailureBlocksUntilTheFifthNewestLeavesTheWindow() {
        var blocked = LoginThrottle.blockedUntil(failuresMinutesAgo(1, 2, 3, 4, 10, 14), List.of(), NOW);

        assertEquals(Optional.of(NOW.minusSeconds(600).plus(LoginThrottle.WINDOW)), blocked);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertTrue(LoginThrottle.blockedUntil(failuresMinutesAgo(1, 2, 3, 4, 16, 20, 30), List.of(), NOW).isEmpty());
    }

    @Test
    void twentyFailuresFromOneAddressBlockIt() {
        int[] minutes = IntStream.range(0, 20).map(i -> i % 14).toArray();
        assertTrue(LoginThrottle.blockedUntil(List.of(), failuresMinutesAgo(minutes), NOW).isPresent());
        assertTrue(LoginThrottle.blockedUntil(List.of(), failuresMinutesAgo(IntStream.range(0, 19).toArray()), NOW)
                .isEmpty());
    }

    @Test
    void whenBothAreBlockedTheLaterReleaseWins() {
        var blocked = LoginThrottle.blockedUntil(failuresMinutesAgo(1, 1, 1, 1, 1),
                failuresMinutesAgo(IntStream.generate(() -> 10).limit(20).toArray()), NOW);

        assertEquals(Optional.of(NOW.minusSeconds(60).plus(LoginThrottle.WINDOW)), blocked);
    }

    private static List<Instant> failuresMinutesAgo(int... minutes) {
        return IntStream.of(minutes).sorted().mapToObj(m -> NOW.minusSeconds(60L * m)).toList();
    }
}
