package fr.ccibusiness.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The directory's companies, loaded from the database when the platform starts and kept up to date
 * from the change log that triggers write (migration V18): right after the application commits a
 * change, and every two seconds for changes made by anything else. A search is answered from memory,
 * in microseconds, instead of PostgreSQL counting and reading thousands of rows; PostgreSQL still
 * turns the searched text into French stems. Searches with a phrase are left to {@link CompanySearch}.
 * <p>
 * Which changes are new is told by transaction ids: every change of a transaction older than the
 * oldest one still running when the log was last read has been applied; the others are read again
 * (applying a change twice is harmless), so one committed late is never missed.
 */
@Singleton
@Startup
@DependsOn({"FlywayMigrator", "DemoDataLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectoryIndex {

    /** Past this many changed companies, loading them all again costs less than one by one. */
    private static final int MAX_CHANGES_APPLIED = 5_000;

    private static final String COMPANIES = "SELECT c.id, c.legal_name, c.naf_code, n.label, co.name, c.postal_code,"
            + " c.department_code, c.commune_code, tsvector_to_array(c.name_vector), tsvector_to_array(c.search_vector),"
            + " ARRAY(SELECT lower(cc.certification) FROM app.company_certification cc WHERE cc.company_id = c.id),"
            + " ARRAY(SELECT ms.community_id FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id"
            + "       WHERE l.company_id = c.id AND l.status = 'APPROVED' AND ms.status = 'ACTIVE')"
            + " FROM app.company c JOIN app.naf_code n ON n.code = c.naf_code JOIN app.commune co ON co.code = c.commune_code";

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private DirectoryPageCache pages;

    @Inject
    private Logger log;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Guarded by {@link #lock}. */
    private CompanyIndex index = new CompanyIndex();

    /** Held while the log is read and applied, so that the last reader applies the latest state. */
    private final Object updating = new Object();
    /** Guarded by {@link #updating}: the oldest transaction whose changes may not have been applied. */
    private String oldestPending;
    /** Guarded by {@link #updating}: one string per stem, shared by every company holding it. */
    private final Map<String, String> canonical = new HashMap<>();

    /** What PostgreSQL made of recently searched texts (the text form of their tsquery). */
    private final RecentEntries<String> parsedTexts = new RecentEntries<>(10_000);

    @PostConstruct
    void load() {
        synchronized (updating) {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                String oldest = oldestRunning(connection);
                CompanyIndex loaded = loadAll(connection);
                write(() -> index = loaded);
                oldestPending = oldest;
                log.info(() -> "Directory index: " + loaded.size() + " companies loaded in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (SQLException e) {
                throw new IllegalStateException("The directory index cannot be loaded", e);
            }
        }
    }

    /**
     * A page of companies, or nothing when the words need the database (a phrase): the caller then
     * asks {@link CompanySearch}.
     */
    @PermitAll
    public Optional<ResultPage<CompanyHit>> search(DirectoryQuery query) {
        Optional<WordQuery> words = query.hasText() ? WordQuery.parse(tsquery(query.getText())) : Optional.of(WordQuery.NOTHING);
        return words.map(parsed -> {
            lock.readLock().lock();
            try {
                return index.search(query, parsed);
            } finally {
                lock.readLock().unlock();
            }
        });
    }

    /** A change the application committed: applied before the page that made it answers. */
    @PermitAll
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        catchUp();
    }

    /** Changes made by anything else than the application (a script, another server). */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "directory index")
    void poll() {
        catchUp();
    }

    /** Forgets the change log's entries older than a day: every server has read them long since. */
    @Schedule(minute = "17", hour = "*", persistent = false, info = "directory change log")
    void forgetOldChanges() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM app.directory_change WHERE changed_at < now() - interval '1 day'")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            log.warning(() -> "Directory change log not trimmed: " + e.getMessage());
        }
    }

    private void catchUp() {
        synchronized (updating) {
            try (Connection connection = dataSource.getConnection()) {
                String oldest = oldestRunning(connection);
                Set<Long> changed = changedSince(connection, oldestPending);
                boolean reload = changed.size() > MAX_CHANGES_APPLIED || read(() -> index.needsReload());
                if (reload) {
                    CompanyIndex loaded = loadAll(connection);
                    write(() -> index = loaded);
                } else if (!changed.isEmpty()) {
                    List<CompanyIndex.Entry> companies = load(connection, changed);
                    Set<Long> erased = new HashSet<>(changed);
                    erased.removeAll(companies.stream().map(CompanyIndex.Entry::id).collect(Collectors.toSet()));
                    write(() -> {
                        companies.forEach(index::put);
                        erased.forEach(index::remove);
                        return null;
                    });
                }
                oldestPending = oldest;
                if (reload || !changed.isEmpty()) {
                    pages.clear(); // pages rendered from the index before it changed
                }
            } catch (SQLException e) {
                log.warning(() -> "Directory index not brought up to date: " + e.getMessage());
            }
        }
    }

    /** The oldest transaction still running: every older one has ended, and its changes are readable. */
    private static String oldestRunning(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static Set<Long> changedSince(Connection connection, String transaction) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT company_id FROM app.directory_change WHERE xid >= ?::xid8")) {
            select.setString(1, transaction);
            try (ResultSet rows = select.executeQuery()) {
                Set<Long> ids = new HashSet<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }

    /** All companies, read a few thousand at a time: PostgreSQL's driver does so only inside a transaction. */
    private CompanyIndex loadAll(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(COMPANIES + " ORDER BY c.id")) {
            select.setFetchSize(5_000);
            return CompanyIndex.of(entries(select));
        } finally {
            connection.rollback(); // it only read
            connection.setAutoCommit(true);
        }
    }

    private List<CompanyIndex.Entry> load(Connection connection, Set<Long> ids) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COMPANIES + " WHERE c.id = ANY(?) ORDER BY c.id")) {
            select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return entries(select);
        }
    }

    private List<CompanyIndex.Entry> entries(PreparedStatement select) throws SQLException {
        List<CompanyIndex.Entry> entries = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                CompanyHit hit = new CompanyHit(new Object[] {row.getLong(1), row.getString(2), shared(row.getString(3)),
                        shared(row.getString(4)), shared(row.getString(5)), shared(row.getString(6))});
                entries.add(new CompanyIndex.Entry(hit, shared(row.getString(7)), shared(row.getString(8)),
                        Set.copyOf(Arrays.asList(strings(row.getArray(11)))),
                        Set.copyOf(Arrays.asList((Long[]) row.getArray(12).getArray())),
                        List.of(strings(row.getArray(9))), List.of(strings(row.getArray(10)))));
            }
        }
        return entries;
    }

    private String[] strings(Array array) throws SQLException {
        String[] values = Arrays.stream((String[]) array.getArray()).distinct().toArray(String[]::new);
        for (int i = 0; i < values.length; i++) {
            values[i] = shared(values[i]);
        }
        return values;
    }

    private String shared(String value) {
        return canonical.computeIfAbsent(value, v -> v);
    }

    /** The text form of the tsquery PostgreSQL makes of a searched text (stems, operators). */
    private String tsquery(String text) {
        Instant never = Instant.MAX;
        long generation = parsedTexts.generation();
        return parsedTexts.get(text, Instant.EPOCH).orElseGet(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT websearch_to_tsquery(" + DirectoryService.FTS + ", ?)::text")) {
                select.setString(1, text);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    String parsed = row.getString(1);
                    parsedTexts.put(text, parsed, never, generation);
                    return parsed;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Searched text not understood by the database", e);
            }
        });
    }

    private <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Supplier<?> writing) {
        lock.writeLock().lock();
        try {
            writing.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
