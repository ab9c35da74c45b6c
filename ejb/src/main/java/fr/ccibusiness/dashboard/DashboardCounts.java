package fr.ccibusiness.dashboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;

/**
 * Counts rows by period, one table per statement and the tables at once (each on a connection of its
 * own, on the server's managed threads): a statement reads its table once for all it counts there,
 * each counted timestamp given as a {@code (key, ts)} pair, and puts each in its period by a binary
 * search of the periods' bounds ({@code width_bucket} over instants), with no time zone arithmetic per row. Bucket 1
 * holds what came before the range (the start of a running total), bucket {@code i + 2} the period
 * {@code i}.
 */
@ApplicationScoped
public class DashboardCounts {

    /** What one statement counts: FROM (with its alias), the {@code (key, ts)} pairs, and its conditions. */
    record Table(String from, String pairs, String conditions) {
    }

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    /**
     * For each key, its count per bucket: index 0 is before {@code bounds[0]}, index {@code i + 1} is from
     * {@code bounds[i]} to {@code bounds[i + 1]}; rows from the last bound on are left out.
     */
    Map<String, long[]> count(List<Table> tables, List<Instant> bounds) {
        Timestamp[] thresholds = thresholds(bounds);
        Timestamp end = Timestamp.from(bounds.get(bounds.size() - 1));
        List<CompletableFuture<Map<String, long[]>>> counts = tables.stream()
                .map(table -> CompletableFuture.supplyAsync(() -> count(table, thresholds, end, bounds.size()), executor)).toList();
        Map<String, long[]> all = new HashMap<>();
        try {
            counts.forEach(count -> all.putAll(count.join()));
        } catch (CompletionException e) {
            throw new IllegalStateException("A dashboard count failed", e.getCause());
        }
        return all;
    }

    private Map<String, long[]> count(Table table, Timestamp[] thresholds, Timestamp end, int buckets) {
        // The bounds are bound as an array of instants: a text cast to TIMESTAMPTZ[] depends on the session's time
        // zone, so PostgreSQL would evaluate it again for every row.
        String sql = "SELECT v.k, width_bucket(v.ts, ?), count(*) FROM " + table.from()
                + " CROSS JOIN LATERAL (VALUES " + table.pairs() + ") AS v(k, ts) WHERE v.ts < ?" + table.conditions() + " GROUP BY 1, 2";
        Map<String, long[]> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            // The tables are already counted side by side: no parallel workers on top, for this statement only.
            settings.execute("SET max_parallel_workers_per_gather = 0");
            try {
                statement.setArray(1, connection.createArrayOf("timestamptz", thresholds));
                statement.setTimestamp(2, end);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int bucket = rows.getInt(2);
                        long[] values = counts.computeIfAbsent(rows.getString(1), key -> new long[buckets]);
                        if (bucket >= 1 && bucket <= buckets) {
                            values[bucket - 1] += rows.getLong(3);
                        }
                    }
                }
            } finally {
                settings.execute("RESET max_parallel_workers_per_gather");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The bounds, after an instant before any date: what comes before the range is bucket 1. */
    private static Timestamp[] thresholds(List<Instant> bounds) {
        Timestamp[] thresholds = new Timestamp[bounds.size() + 1];
        thresholds[0] = Timestamp.from(Instant.parse("1900-01-01T00:00:00Z"));
        for (int i = 0; i < bounds.size(); i++) {
            thresholds[i + 1] = Timestamp.from(bounds.get(i));
        }
        return thresholds;
    }
}
