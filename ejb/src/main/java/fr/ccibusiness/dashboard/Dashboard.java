package fr.ccibusiness.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A dashboard: its scope and range, the period each point stands for (a day, a week from Monday, a
 * month), and its charts.
 */
public record Dashboard(DashboardScope scope, String scopeName, LocalDate from, LocalDate to, Period period, List<Chart> charts)
        implements Serializable {

    /** How long each point of a timeline is: a day up to two months, a week up to a year, a month beyond. */
    public enum Period {
        DAY, WEEK, MONTH;

        static Period of(LocalDate from, LocalDate to) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            return days <= 62 ? DAY : days <= 366 ? WEEK : MONTH;
        }

        String sqlUnit() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One chart: on a timeline, {@code labels} are the first days of the periods (ISO dates); otherwise
     * they are the names of what is counted (a state).
     */
    public record Chart(String key, String type, boolean timeline, List<String> labels, List<Series> series) implements Serializable {
    }

    /** One line or set of bars: what it counts and its values, one per label. */
    public record Series(String key, List<Long> values) implements Serializable {

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }
}
