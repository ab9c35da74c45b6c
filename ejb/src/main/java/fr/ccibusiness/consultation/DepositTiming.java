package fr.ccibusiness.consultation;

import java.time.Instant;

/**
 * When a deposit counts, judged on the deadline to the instant: one whose upload started after it is
 * refused; one that finished after it is kept, sealed and apart, as late (hors délai); the rest are on
 * time.
 */
public enum DepositTiming {
    ON_TIME, LATE, REFUSED;

    public static DepositTiming of(Instant startedAt, Instant finishedAt, Instant deadline) {
        if (!startedAt.isBefore(deadline)) {
            return REFUSED;
        }
        return finishedAt.isBefore(deadline) ? ON_TIME : LATE;
    }
}
