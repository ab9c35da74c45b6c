package fr.ccibusiness.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.store.FSDirectory;

/**
 * The directory's Lucene index, one per server, on the server's disk (memory-mapped: the operating
 * system keeps it in its cache, not the Java heap), kept up to date from the change log the triggers
 * of migration V18 write, whoever makes the change (the application, a script, another server).
 * <p>
 * One background thread, the updater, does all the writing: when the platform starts, it indexes
 * every company; then it reads the log and applies it, when a service signals a committed change
 * ({@link #onChange}: the committing thread only wakes it) and every two seconds for the others. A
 * search never waits for it: it reads the index as last published. Which entries of the log are new
 * is told by PostgreSQL snapshots: each read keeps the snapshot it read with, and the next one takes
 * the entries of the transactions that snapshot did not see committed; an entry is read once, after
 * its transaction commits, however late or long it is.
 * <p>
 * Start-up depends on nothing but the schema: the first indexing takes its snapshot before reading,
 * so whatever is committed meanwhile (the demo's companies, say) is in the log for the next read.
 * <p>
 * The index is saved on disk with the snapshot it matches (after the first indexing, then at most every
 * {@value #SAVE_SECONDS} seconds while changes come, and when the platform stops). A start reads the saved
 * index and brings it up to date from the log, in a second rather than indexing every company again,
 * when it can: written by the same format ({@link CompanyDocuments#FORMAT}), for the same database, less
 * than 23 hours ago (the log keeps a day), at a snapshot the database has reached. Otherwise, or when
 * the log holds more than {@value #MAX_CHANGES_APPLIED} changed companies, it indexes everything.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectoryIndex {

    /** Past this many changed companies, indexing them all again costs less than one by one. */
    private static final int MAX_CHANGES_APPLIED = 5_000;
    /** How often the log is read when nothing signals a change. */
    private static final long POLL_SECONDS = 2;
    /** While changes come, the index is saved on disk at most this often. */
    private static final long SAVE_SECONDS = 10;
    /** What is saved with the index: its format, the database's oid, the snapshot it matches, when it was saved. */
    private static final String FORMAT = "format";
    private static final String DATABASE = "database";
    private static final String SNAPSHOT = "snapshot";
    private static final String SAVED_AT = "savedAt";
    private static final String DATABASE_ID = "SELECT oid::text FROM pg_database WHERE datname = current_database()";
    /** Whether an index saved with these database, snapshot and time can be brought up to date from the log. */
    private static final String RESUMABLE = "SELECT (" + DATABASE_ID + ") = ?"
            + " AND pg_snapshot_xmax(CAST(? AS pg_snapshot)) <= pg_snapshot_xmax(pg_current_snapshot())"
            + " AND CAST(? AS timestamptz) > now() - interval '23 hours'";
    /** How long a search made while the platform starts waits for the first indexing. */
    private static final long FIRST_INDEXING_WAIT_SECONDS = 60;

    private static final String COMPANIES = "SELECT c.id, c.legal_name, c.naf_code, n.label, co.name, c.postal_code,"
            + " c.commune_code, c.department_code, d.name, c.activity, c.main_references, c.capacities, c.workforce_band"
            + " FROM app.company c JOIN app.naf_code n ON n.code = c.naf_code JOIN app.commune co ON co.code = c.commune_code"
            + " JOIN app.department d ON d.code = c.department_code";
    /** Each company's certifications, and the communities its approved members are active in: read apart, grouped. */
    private static final String CERTIFICATIONS = "SELECT company_id, array_agg(certification ORDER BY certification)"
            + " FROM app.company_certification";
    private static final String COMMUNITIES = "SELECT l.company_id, array_agg(DISTINCT ms.community_id)"
            + " FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id AND ms.status = 'ACTIVE'"
            + " WHERE l.status = 'APPROVED'";

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

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private DirectoryPageCache pages;

    @Inject
    private Logger log;

    private Path folder;
    private CompanyIndex index;
    private Thread updater;
    private final CountDownLatch indexed = new CountDownLatch(1);
    /** A change was committed: holds one signal at most, the updater reads the log once for all. */
    private final BlockingQueue<Boolean> signals = new ArrayBlockingQueue<>(1);
    private volatile boolean stopping;

    /** The updater's: the snapshot of the last read of the log; null until every company is indexed. */
    private volatile String seen;
    /** The updater's: a change could not be applied; the next read indexes everything. */
    private boolean reindexDue;
    /** The updater's: the database indexed (its oid), saved with the index. */
    private String database;
    /** The updater's: changes applied since the index was last saved, and when it was. */
    private boolean unsaved;
    private long savedAt;

    @PostConstruct
    void start() {
        try {
            folder = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "directory-index");
            index = openedOrNew();
        } catch (IOException e) {
            throw new UncheckedIOException("The directory's index cannot be created in " + folder, e);
        }
        updater = threads.newThread(this::update);
        updater.setName("directory-index-updater");
        updater.start();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        updater.interrupt();
        try {
            updater.join(TimeUnit.SECONDS.toMillis(30));
            if (!updater.isAlive() && unsaved) {
                save();
            }
            index.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warning(() -> "Directory index not closed: " + e.getMessage());
        }
    }

    /** The results of a search; while the platform starts, once every company is indexed. */
    @PermitAll
    public CompanyResults search(DirectoryQuery query) {
        awaitFirstIndexing();
        try {
            return index.search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("The directory's index cannot be read", e);
        }
    }

    /** What may complete the text being typed in the search box: names of companies, words. */
    @PermitAll
    public List<String> suggest(String typed, int max) {
        awaitFirstIndexing();
        try {
            return index.suggest(typed, max);
        } catch (IOException e) {
            throw new UncheckedIOException("The directory's index cannot be read", e);
        }
    }

    /** A change the application committed: the updater is woken; the committing thread goes on. */
    @PermitAll
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        signals.offer(Boolean.TRUE);
    }

    /**
     * Forgets the log's entries this server has read that are older than a day: a day for any other
     * server to read them too.
     */
    @Schedule(minute = "17", hour = "*", persistent = false, info = "directory change log")
    void forgetOldChanges() {
        String read = seen;
        if (read == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM app.directory_change"
                     + " WHERE xid < pg_snapshot_xmin(?::pg_snapshot) AND changed_at < now() - interval '1 day'")) {
            delete.setString(1, read);
            delete.executeUpdate();
        } catch (SQLException e) {
            log.warning(() -> "Directory change log not trimmed: " + e.getMessage());
        }
    }

    private void awaitFirstIndexing() {
        try {
            if (!indexed.await(FIRST_INDEXING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The directory is still being indexed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the directory was being indexed", e);
        }
    }

    /** The updater's loop: the saved index brought up to date, or everything indexed; then the log at each signal or poll. */
    private void update() {
        boolean starting = true;
        while (!stopping) {
            try {
                if (starting && resumed()) {
                    catchUp();
                } else if (seen == null || reindexDue) {
                    indexEverything();
                } else {
                    catchUp();
                }
                starting = false;
                if (unsaved && System.nanoTime() - savedAt >= TimeUnit.SECONDS.toNanos(SAVE_SECONDS)) {
                    save();
                }
                signals.poll(POLL_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | IOException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                starting = false;
                reindexDue = seen != null;
                log.log(Level.WARNING, "Directory index not brought up to date; trying again", e);
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(POLL_SECONDS));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void indexEverything() throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            // One snapshot for the log's position and every read; rows a few thousand at a time (only in a transaction).
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                String snapshot = currentSnapshot(connection);
                database = databaseId(connection);
                Map<Long, List<String>> certifications = grouped(connection, CERTIFICATIONS + " GROUP BY 1", null);
                Map<Long, List<Long>> communities = grouped(connection, COMMUNITIES + " GROUP BY 1", null);
                try (PreparedStatement select = connection.prepareStatement(COMPANIES)) {
                    select.setFetchSize(5_000);
                    try (ResultSet rows = select.executeQuery()) {
                        index.replaceAll(() -> new RowIterator(rows, certifications, communities), threads);
                    }
                }
                index.publish();
                seen = snapshot;
                reindexDue = false;
            } finally {
                connection.rollback(); // it only read
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
        pages.clear();
        indexed.countDown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int size = index.size();
        log.info(() -> String.format("Directory index: %d companies indexed in %d ms", size, millis));
        long merging = System.nanoTime();
        index.compact();
        log.info(() -> String.format("Directory index: merged into one segment in %d ms (searched meanwhile as written)",
                (System.nanoTime() - merging) / 1_000_000));
        save();
    }

    /**
     * The index the last run saved, if it can be brought up to date from the log (see the class's comment):
     * then it is what searches read until the log is applied, and true.
     */
    private boolean resumed() throws SQLException, IOException {
        long start = System.nanoTime();
        Map<String, String> saved = index.saved();
        if (!CompanyDocuments.FORMAT.equals(saved.get(FORMAT)) || saved.get(SNAPSHOT) == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement check = connection.prepareStatement(RESUMABLE)) {
            check.setString(1, saved.get(DATABASE));
            check.setString(2, saved.get(SNAPSHOT));
            check.setString(3, saved.get(SAVED_AT));
            try (ResultSet row = check.executeQuery()) {
                if (!row.next() || !row.getBoolean(1)) {
                    return false;
                }
            }
        }
        database = saved.get(DATABASE);
        seen = saved.get(SNAPSHOT);
        savedAt = System.nanoTime();
        index.publish();
        indexed.countDown();
        int size = index.size();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info(() -> String.format("Directory index: %d companies read in %d ms as saved at %s, the changes since then to follow"
                + " from the log", size, millis, saved.get(SAVED_AT)));
        return true;
    }

    /** Saves the index with the snapshot it matches (the updater's, or the stopping thread's once the updater ended). */
    private void save() throws IOException {
        index.save(Map.of(FORMAT, CompanyDocuments.FORMAT, DATABASE, database, SNAPSHOT, seen, SAVED_AT, Instant.now().toString()));
        unsaved = false;
        savedAt = System.nanoTime();
    }

    /** The index on disk as the last run left it, or an empty one if it cannot be read (then everything is indexed). */
    private CompanyIndex openedOrNew() throws IOException {
        try {
            return new CompanyIndex(FSDirectory.open(Files.createDirectories(folder)));
        } catch (IOException | RuntimeException e) {
            log.warning(() -> "Directory index on disk not readable, built again: " + e);
            deleteFolder();
            return new CompanyIndex(FSDirectory.open(Files.createDirectories(folder)));
        }
    }

    private static String databaseId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(DATABASE_ID); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** Reads the log and applies what it says. */
    private void catchUp() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            Set<Long> changed = new HashSet<>();
            String snapshot = changesSince(connection, seen, changed);
            if (changed.size() > MAX_CHANGES_APPLIED) {
                indexEverything();
                return;
            }
            if (!changed.isEmpty()) {
                List<CompanyRecord> companies = load(connection, changed);
                Set<Long> erased = new HashSet<>(changed);
                for (CompanyRecord company : companies) {
                    erased.remove(company.id());
                    index.put(company);
                }
                for (long id : erased) {
                    index.remove(id);
                }
                index.publish();
                pages.clear(); // pages rendered from the index before it changed
                unsaved = true;
            }
            seen = snapshot;
        }
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

    private static List<CompanyRecord> load(Connection connection, Set<Long> ids) throws SQLException {
        Array wanted = connection.createArrayOf("bigint", ids.toArray());
        Map<Long, List<String>> certifications = grouped(connection, CERTIFICATIONS + " WHERE company_id = ANY(?) GROUP BY 1", wanted);
        Map<Long, List<Long>> communities = grouped(connection, COMMUNITIES + " AND l.company_id = ANY(?) GROUP BY 1", wanted);
        try (PreparedStatement select = connection.prepareStatement(COMPANIES + " WHERE c.id = ANY(?)")) {
            select.setArray(1, wanted);
            List<CompanyRecord> companies = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    companies.add(record(rows, certifications, communities));
                }
            }
            return companies;
        }
    }

    /** A company's values of a grouped query (company id, array), for the companies {@code ids} names, or all. */
    @SuppressWarnings("unchecked")
    private static <T> Map<Long, List<T>> grouped(Connection connection, String sql, Array ids) throws SQLException {
        Map<Long, List<T>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (ids != null) {
                select.setArray(1, ids);
            }
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), Arrays.asList((T[]) rows.getArray(2).getArray()));
                }
            }
        }
        return values;
    }

    private static CompanyRecord record(ResultSet row, Map<Long, List<String>> certifications, Map<Long, List<Long>> communities)
            throws SQLException {
        long id = row.getLong(1);
        return new CompanyRecord(id, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                row.getString(12), row.getString(13), certifications.getOrDefault(id, List.of()), communities.getOrDefault(id, List.of()));
    }

    /** The rows of a result set as companies, read as the index takes them. */
    private static final class RowIterator implements Iterator<CompanyRecord> {
        private final ResultSet rows;
        private final Map<Long, List<String>> certifications;
        private final Map<Long, List<Long>> communities;
        private Boolean hasNext;

        RowIterator(ResultSet rows, Map<Long, List<String>> certifications, Map<Long, List<Long>> communities) {
            this.rows = rows;
            this.certifications = certifications;
            this.communities = communities;
        }

        @Override
        public boolean hasNext() {
            try {
                if (hasNext == null) {
                    hasNext = rows.next();
                }
                return hasNext;
            } catch (SQLException e) {
                throw new IllegalStateException("Companies not read", e);
            }
        }

        @Override
        public CompanyRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return record(rows, certifications, communities);
            } catch (SQLException e) {
                throw new IllegalStateException("Company not read", e);
            }
        }
    }

    private void deleteFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
