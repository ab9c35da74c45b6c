package fr.ccibusiness.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Deletes from the disk the files of the {@link FileStore} that no row holds any more: every minute
 * (a setting) those whose row was deleted (queued in {@code app.file_deletion} by a trigger), and every
 * night the orphans a crash left (a file without a row, older than any transaction). Each round also
 * hashes the sealed files whose SHA-256 the store left for later ({@link FileStore#createSealed}). Every server of a
 * cluster runs it; deleting a file twice is harmless, and the queue's rows are taken with
 * {@code SKIP LOCKED}.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
public class FileSweeper {

    /** Queued deletions per round, so that a round stays a short transaction. */
    private static final int PER_ROUND = 1000;
    /**
     * A file younger than this may belong to a transaction still running, or to an upload in progress
     * (staged files: each chunk writes to it, and a session idle for 30 minutes ends, deleting them).
     */
    private static final Duration ORPHAN_AGE = Duration.ofHours(6);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private Settings settings;

    @Inject
    private FileStore files;

    @Inject
    private Logger log;

    @PostConstruct
    void start() {
        long interval = settings.filesSweepSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("file-deletions", false));
    }

    /** Sealed files hashed per round (a 200 MB one takes about an eighth of a second). */
    private static final int HASHED_PER_ROUND = 20;

    /** A round: the files whose rows were deleted leave the disk, and the sealed files written since the last one are hashed. */
    @Timeout
    void round() {
        deleteQueued();
        files.hashPending(HASHED_PER_ROUND);
    }

    /** Deletes the files whose rows were deleted: erasure and retention reach the disk within a round. */
    private void deleteQueued() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT file_id FROM app.file_deletion ORDER BY file_id LIMIT " + PER_ROUND
                + " FOR UPDATE SKIP LOCKED").getResultList();
        if (ids.isEmpty()) {
            return;
        }
        FileStoreLayout layout = files.layout();
        ids.forEach(id -> FileStore.delete(layout.pathOf(id.longValue())));
        em.createNativeQuery("DELETE FROM app.file_deletion WHERE file_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, arrayOf(ids.stream().map(Number::longValue))).executeUpdate();
    }

    /** Deletes the files that have no row and are older than any transaction could be. */
    @Schedule(hour = "3", minute = "40", persistent = false)
    void deleteOrphans() {
        Path directory = files.layout().directory();
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant before = Instant.now().minus(ORPHAN_AGE);
        int deleted = 0;
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                deleted += deleteOrphans(folder, before);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Listing " + directory, e);
        }
        int count = deleted;
        if (count > 0) {
            log.info(() -> "File store: " + count + " orphan file(s) deleted");
        }
    }

    private int deleteOrphans(Path folder, Instant before) throws IOException {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> found = Files.list(folder)) {
            for (Path file : found.toList()) {
                if (FileStoreLayout.idOf(file).isPresent() && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    old.add(file);
                }
            }
        }
        if (old.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Set<Long> known = new HashSet<>(((List<Number>) em.createNativeQuery(
                        "SELECT id FROM app.stored_file WHERE id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, arrayOf(old.stream().map(f -> FileStoreLayout.idOf(f).getAsLong())))
                .getResultList()).stream().map(Number::longValue).toList());
        int deleted = 0;
        for (Path file : old) {
            if (!known.contains(FileStoreLayout.idOf(file).getAsLong())) {
                FileStore.delete(file);
                deleted++;
            }
        }
        return deleted;
    }

    /** A PostgreSQL array literal of numbers, bound as one parameter however many there are. */
    private static String arrayOf(Stream<Long> ids) {
        return ids.map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
