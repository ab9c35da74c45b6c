package fr.ccibusiness.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #ACCOUNT_LIMIT} failures on one account, or
 * {@value #ADDRESS_LIMIT} from one network address, within {@link #WINDOW}, further attempts are
 * refused until the oldest of those failures leaves the window. Refused attempts are not failures,
 * so waiting always ends the block.
 */
public final class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;

    private LoginThrottle() {
    }

    /**
     * @param accountFailures failures of the account since its last success, newest first
     * @param addressFailures failures from the address, newest first
     * @return until when attempts are refused, if they are
     */
    public static Optional<Instant> blockedUntil(List<Instant> accountFailures, List<Instant> addressFailures,
                                                 Instant now) {
        Optional<Instant> byAccount = releaseTime(accountFailures, ACCOUNT_LIMIT, now);
        Optional<Instant> byAddress = releaseTime(addressFailures, ADDRESS_LIMIT, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().isAfter(byAddress.get()) ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    private static Optional<Instant> releaseTime(List<Instant> failuresNewestFirst, int limit, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        List<Instant> recent = failuresNewestFirst.stream().filter(t -> t.isAfter(windowStart)).toList();
        if (recent.size() < limit) {
            return Optional.empty();
        }
        // The block lasts until the limit-th newest failure is WINDOW old.
        return Optional.of(recent.get(limit - 1).plus(WINDOW));
    }
}
