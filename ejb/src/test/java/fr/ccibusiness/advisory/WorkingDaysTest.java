package fr.ccibusiness.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The working-day clock of the service-level targets: weekends and the French public holidays do not count. */
class WorkingDaysTest {

    @Test
    void easterFallsOnItsKnownDates() {
        assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), WorkingDays.easterSunday(2038));
        assertEquals(LocalDate.of(2285, 3, 22), WorkingDays.easterSunday(2285));
    }

    @Test
    void theElevenPublicHolidaysOf2027AreNotWorkingDays() {
        for (String day : new String[] {"2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
                "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"}) {
            assertTrue(WorkingDays.isPublicHoliday(LocalDate.parse(day)), day);
            assertFalse(WorkingDays.isWorkingDay(LocalDate.parse(day)), day);
        }
        assertTrue(WorkingDays.isWorkingDay(LocalDate.parse("2027-03-30")), "the Tuesday after Easter");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.parse("2027-03-27")), "a Saturday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.parse("2027-03-28")), "a Sunday");
    }

    @Test
    void aTargetCountsFromTheDayAfterArrivalAndEndsAtMidnightParis() {
        // Thursday 24 December 2026, 10:00: Christmas (Friday) and the weekend do not count.
        Instant received = paris("2026-12-24T10:00");
        assertEquals(paris("2026-12-29T00:00"), WorkingDays.due(received, 1), "end of Monday 28th");
        assertEquals(paris("2026-12-30T00:00"), WorkingDays.due(received, 2), "end of Tuesday 29th");
        // A request on Saturday starts counting on Monday.
        assertEquals(paris("2026-12-08T00:00"), WorkingDays.due(paris("2026-12-05T15:00"), 1));
        // Late on a Friday in summer time, across Ascension: Friday 30 April 2027, 23:30 Paris.
        assertEquals(paris("2027-05-06T00:00"), WorkingDays.due(paris("2027-04-30T23:30"), 3), "Mon 3, Tue 4, Wed 5 May");
        assertEquals(paris("2027-05-08T00:00"), WorkingDays.due(paris("2027-04-30T23:30"), 4),
                "Thursday 6 is Ascension: the fourth day is Friday 7");
        assertEquals(paris("2027-05-11T00:00"), WorkingDays.due(paris("2027-04-30T23:30"), 5), "then Monday 10");
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.due(received, 0));
    }

    @Test
    void timeBetweenCountsOnlyWorkingTime() {
        assertEquals(0.5, WorkingDays.between(paris("2026-12-07T00:00"), paris("2026-12-07T12:00")), 1e-9);
        // Friday 18:00 to Monday 06:00: six hours of Friday and six of Monday.
        assertEquals(0.5, WorkingDays.between(paris("2026-12-11T18:00"), paris("2026-12-14T06:00")), 1e-9);
        // Over Christmas: Thursday noon to Monday noon is half of Thursday and half of Monday.
        assertEquals(1.0, WorkingDays.between(paris("2026-12-24T12:00"), paris("2026-12-28T12:00")), 1e-9);
        assertEquals(0, WorkingDays.between(paris("2026-12-12T08:00"), paris("2026-12-13T20:00")), 1e-9, "a weekend");
        assertEquals(0, WorkingDays.between(paris("2026-12-14T08:00"), paris("2026-12-14T07:00")), 1e-9);
    }

    @Test
    void anAnswerBeforeTheDueInstantIsNeverMoreWorkingDaysThanTheTarget() {
        Random random = new Random(18);
        Instant start = paris("2026-01-01T00:00");
        for (int i = 0; i < 2000; i++) {
            Instant received = start.plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
            int target = 1 + random.nextInt(20);
            Instant due = WorkingDays.due(received, target);
            assertTrue(WorkingDays.isWorkingDay(due.minusSeconds(1).atZone(WorkingDays.ZONE).toLocalDate()), received + " " + target);
            double elapsed = WorkingDays.between(received, due);
            assertTrue(elapsed <= target + 1 && elapsed > target - 1e-9, received + " +" + target + " → " + elapsed);
        }
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(WorkingDays.ZONE).toInstant();
    }
}
