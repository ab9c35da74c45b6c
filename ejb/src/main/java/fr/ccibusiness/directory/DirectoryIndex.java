package fr.ccibusiness.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The directory's companies, loaded from the database when the platform starts and kept up to date
 * from the change log that triggers write (migration V18): right after the application commits a
 * change, and every two seconds for changes made by anything else. A search is answered from memory
 * instead of PostgreSQL counting and reading thousands of rows; PostgreSQL still turns the searched
 * text into French stems. Searches with a phrase are left to {@link CompanySearch}.
 * <p>
 * Which entries of the log are new is told by PostgreSQL snapshots: each read keeps the snapshot it
 * read with, and the next one takes the entries of the transactions that snapshot did not see
 * committed. An entry is read once, after its transaction commits, however late or long it is.
 * <p>
 * {@link fr.ccibusiness.platform.StartupSequence} loads it once the start-up writes are committed.
 * Until then, changes committed and polls are let pass: the load takes its snapshot before reading,
 * so whatever it misses is in the log for the first read after it.
 */
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectoryIndex {

    /** Past this many changed companies, loading them all again costs less than one by one. */
    private static final int MAX_CHANGES_APPLIED = 5_000;
    /** Changes applied per hold of the write lock: searches wait for a slice, not for them all. */
    private static final int CHANGES_PER_SLICE = 200;

    private static final String COMPANIES = "SELECT c.id, c.legal_name, c.naf_code, n.label, co.name, c.postal_code,"
            + " c.department_code, c.commune_code, tsvector_to_array(c.name_vector), tsvector_to_array(c.search_vector),"
            + " ARRAY(SELECT lower(cc.certification) FROM app.company_certification cc WHERE cc.company_id = c.id),"
            + " ARRAY(SELECT ms.community_id FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id"
            + "       WHERE l.company_id = c.id AND l.status = 'APPROVED' AND ms.status = 'ACTIVE')"
            + " FROM app.company c JOIN app.naf_code n ON n.code = c.naf_code JOIN app.commune co ON co.code = c.commune_code";

    /**
     * The companies changed in transactions the last snapshot did not see committed, and the snapshot
     * of this read. A membership counts for the companies its account is linked to now.
     */
    private static final String CHANGES = "WITH last AS (SELECT ?::pg_snapshot AS seen),"
            + " unseen AS (SELECT d.company_id, d.account_id FROM app.directory_change d, last"
            + "     WHERE d.xid >= pg_snapshot_xmin(last.seen) AND NOT pg_visible_in_snapshot(d.xid, last.seen))"
            + " SELECT pg_current_snapshot()::text, ARRAY(SELECT company_id FROM unseen WHERE company_id IS NOT NULL"
            + "     UNION SELECT l.company_id FROM unseen JOIN app.company_link l ON l.account_id = unseen.account_id)";

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
    /** Guarded by {@link #updating}: the snapshot of the last read of the log; null until {@link #load()}. */
    private String seen;
    /** Guarded by {@link #updating}: one string per stem or code, shared by every company holding it. */
    private Map<String, String> canonical = new HashMap<>();
    /** Guarded by {@link #updating}: a change could not be applied; the next read loads everything. */
    private boolean reloadDue;

    /** Catch-ups asked for by committed changes, and the last of them a finished catch-up covered. */
    private final AtomicLong asked = new AtomicLong();
    private long covered;

    /** What PostgreSQL made of recently searched texts (the text form of their tsquery). */
    private final RecentEntries<String> parsedTexts = new RecentEntries<>(10_000);

    /** Loads every company, once: called when the platform starts. */
    @PermitAll
    public void load() {
        synchronized (updating) {
            if (seen != null) {
                return;
            }
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                String snapshot = currentSnapshot(connection);
                CompanyIndex loaded = loadAll(connection);
                write(() -> index = loaded);
                seen = snapshot;
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
        Optional<WordQuery> words = query.hasText() ? WordQuery.parse(tsquery(query.getText())) : Optional.of(new WordQuery.Nothing());
        return words.map(parsed -> read(() -> index.search(query, parsed)));
    }

    /**
     * A change the application committed: applied before the page that made it answers. Requests
     * committing at once share a catch-up: one begun after a commit covers it.
     */
    @PermitAll
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        long ticket = asked.incrementAndGet();
        synchronized (updating) {
            if (seen != null && covered < ticket) {
                long covering = asked.get();
                catchUp();
                covered = covering;
            }
        }
    }

    /** Changes made by anything else than the application (a script, another server). */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "directory index")
    void poll() {
        synchronized (updating) {
            if (seen != null) {
                catchUp();
            }
        }
    }

    /**
     * Forgets the log's entries this server has read that are older than a day: a day for any other
     * server to read them too.
     */
    @Schedule(minute = "17", hour = "*", persistent = false, info = "directory change log")
    void forgetOldChanges() {
        synchronized (updating) {
            if (seen == null) {
                return;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM app.directory_change"
                         + " WHERE xid < pg_snapshot_xmin(?::pg_snapshot) AND changed_at < now() - interval '1 day'")) {
                delete.setString(1, seen);
                delete.executeUpdate();
            } catch (SQLException e) {
                log.warning(() -> "Directory change log not trimmed: " + e.getMessage());
            }
        }
    }

    /** Reads the log and applies what it says; the caller holds {@link #updating}. */
    private void catchUp() {
        try (Connection connection = dataSource.getConnection()) {
            Set<Long> changed = new HashSet<>();
            String snapshot = changesSince(connection, seen, changed);
            boolean reload = reloadDue || changed.size() > MAX_CHANGES_APPLIED;
            if (reload) {
                CompanyIndex loaded = loadAll(connection);
                write(() -> index = loaded);
                reloadDue = false;
            } else if (!changed.isEmpty()) {
                apply(changed, load(connection, changed));
            }
            if (read(() -> index.needsRenumbering())) {
                CompanyIndex renumbered = read(() -> index.renumbered());
                write(() -> index = renumbered);
            }
            seen = snapshot;
            if (reload || !changed.isEmpty()) {
                pages.clear(); // pages rendered from the index before it changed
            }
        } catch (SQLException e) {
            log.warning(() -> "Directory index not brought up to date: " + e.getMessage());
        } catch (RuntimeException e) {
            reloadDue = true;
            throw e;
        }
    }

    /** Applies changes a slice at a time; the companies changed but no longer read were erased. */
    private void apply(Set<Long> changed, List<CompanyIndex.Entry> companies) {
        Set<Long> erased = new HashSet<>(changed);
        companies.forEach(company -> erased.remove(company.id()));
        for (int from = 0; from < companies.size(); from += CHANGES_PER_SLICE) {
            List<CompanyIndex.Entry> slice = companies.subList(from, Math.min(companies.size(), from + CHANGES_PER_SLICE));
            write(() -> slice.forEach(index::put));
        }
        write(() -> erased.forEach(index::remove));
    }

    private static String currentSnapshot(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT pg_current_snapshot()::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** Adds to {@code changed} the companies changed since {@code snapshot}; gives the snapshot of this read. */
    private static String changesSince(Connection connection, String snapshot, Set<Long> changed) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CHANGES)) {
            select.setString(1, snapshot);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                changed.addAll(Arrays.asList((Long[]) row.getArray(2).getArray()));
                return row.getString(1);
            }
        }
    }

    /** All companies, read a few thousand at a time: PostgreSQL's driver does so only inside a transaction. */
    private CompanyIndex loadAll(Connection connection) throws SQLException {
        canonical = new HashMap<>();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement select = connection.prepareStatement(COMPANIES + " ORDER BY c.id")) {
                select.setFetchSize(5_000);
                return CompanyIndex.of(entries(select));
            } finally {
                connection.rollback(); // it only read
            }
        } finally {
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
                        Set.copyOf(strings(row.getArray(11))), Set.copyOf(Arrays.asList((Long[]) row.getArray(12).getArray())),
                        strings(row.getArray(9)), strings(row.getArray(10))));
            }
        }
        return entries;
    }

    private List<String> strings(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(this::shared).toList();
    }

    private String shared(String value) {
        return canonical.computeIfAbsent(value, v -> v);
    }

    /** The text form of the tsquery PostgreSQL makes of a searched text (stems, operators). */
    private String tsquery(String text) {
        return parsedTexts.get(text).orElseGet(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT websearch_to_tsquery(" + DirectoryService.FTS + ", ?)::text")) {
                select.setString(1, text);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    String parsed = row.getString(1);
                    parsedTexts.put(text, parsed);
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

    private void write(Runnable writing) {
        lock.writeLock().lock();
        try {
            writing.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
