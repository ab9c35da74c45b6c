package fr.ccibusiness.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTest {

    private final RetentionPeriods policy = new RetentionPeriods(6, 15, 7, 12);
    private final Instant asOf = Instant.parse("2026-11-26T01:30:00Z");

    @Test
    void cutOffsAreCalendarPeriodsInParis() {
        assertEquals(Instant.parse("2026-05-26T00:30:00Z"), policy.inactiveCreatedBefore(asOf), "02:30 in Paris, summer time");
        assertEquals(Instant.parse("2026-06-10T00:30:00Z"), policy.warnCreatedBefore(asOf));
        assertEquals(Instant.parse("2026-11-11T01:30:00Z"), policy.warnedBefore(asOf));
        assertEquals(Instant.parse("2026-11-19T01:30:00Z"), policy.unverifiedCreatedBefore(asOf));
        assertEquals(Instant.parse("2025-11-26T01:30:00Z"), policy.connectionLogsBefore(asOf));
    }

    @Test
    void theDeletionWaitsForTheEndOfBothThePeriodAndTheNotice() {
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        assertEquals(Instant.parse("2026-07-10T08:00:00Z"), policy.deletionDate(created, Instant.parse("2026-06-20T09:00:00Z")),
                "warned in time: six months after creation (summer time in Paris)");
        assertEquals(Instant.parse("2026-08-16T09:00:00Z"), policy.deletionDate(created, Instant.parse("2026-08-01T09:00:00Z")),
                "warned late: fifteen full days of notice");
    }

    @Test
    void periodsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(0, 15, 7, 12));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(6, 15, 7, -1));
    }
}
