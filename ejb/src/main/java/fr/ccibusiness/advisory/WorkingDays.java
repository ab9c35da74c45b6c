package fr.ccibusiness.advisory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The working-day clock of the CCIs' service-level targets: Monday to Friday in Paris, the eleven
 * French public holidays excluded (New Year, Easter Monday, 1 and 8 May, Ascension, Whit Monday,
 * 14 July, 15 August, 1 and 11 November, Christmas).
 */
public final class WorkingDays {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    public static boolean isPublicHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        return FIXED.contains(MonthDay.from(day))
                || day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    /**
     * When a target of {@code days} working days, counted from a request received at {@code received},
     * runs out: at the end (midnight, Paris) of the {@code days}-th working day after the day it came.
     */
    public static Instant due(Instant received, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A target is at least one working day: " + days);
        }
        LocalDate day = received.atZone(ZONE).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The last day a target covers (its due instant is the midnight that ends it), for people to read. */
    public static LocalDate lastDay(Instant due) {
        return due.minusNanos(1).atZone(ZONE).toLocalDate();
    }

    /**
     * How many working days passed between two instants: the share of each working day that lies
     * between them, summed (a Friday-evening request answered on Monday morning took a few hours of
     * working time, not three days).
     */
    public static double between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        double total = 0;
        ZonedDateTime start = from.atZone(ZONE);
        for (LocalDate day = start.toLocalDate(); !day.atStartOfDay(ZONE).toInstant().isAfter(to); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant dayStart = day.atStartOfDay(ZONE).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            Instant a = from.isAfter(dayStart) ? from : dayStart;
            Instant b = to.isBefore(dayEnd) ? to : dayEnd;
            if (b.isAfter(a)) {
                total += (double) Duration.between(a, b).toSeconds() / Duration.between(dayStart, dayEnd).toSeconds();
            }
        }
        return total;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
}
