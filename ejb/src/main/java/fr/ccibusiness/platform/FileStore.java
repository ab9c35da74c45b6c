package fr.ccibusiness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * The platform's files: each one a file on disk under the store's directory ({@link FileStoreLayout}),
 * named by its number, with its size and SHA-256 in {@code app.stored_file}; streamed both ways
 * through bounded buffers, so no file is ever whole in memory.
 * <p>
 * A file is written, and forced to the disk, before the transaction of the change that stores it
 * commits with its row: a committed row always has its file. A rolled-back transaction deletes the
 * file it wrote at once; a file left by a crash has no row, and {@link FileSweeper} deletes it. A
 * file is never changed once written. A table that holds files points to {@code app.stored_file}
 * and declares the trigger {@code app.forget_stored_file('column')}: deleting its row deletes the
 * file's row, which queues the file for deletion by the sweeper.
 */
@ApplicationScoped
public class FileStore {

    /** What a reader or writer holds at most. */
    public static final int CHUNK = 256 * 1024;

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Writes staged files' bytes to the disk while their next part arrives. */
    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Settings settings;

    /** A file written: its number, its size and its SHA-256 (null until the sweeper hashed a sealed file). */
    public record Stored(long id, long size, String sha256) {
    }

    /**
     * Writes what {@code in} holds as a new file, in the caller's transaction. Past {@code maxBytes}
     * (having read at most one chunk more) it stops with {@link FileTooLargeException}, and the
     * transaction's rollback takes the partial file with it.
     */
    @Transactional(TxType.MANDATORY)
    public Stored write(InputStream in, long maxBytes) throws IOException {
        try (Writer out = create(maxBytes)) {
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
            out.close();
            return out.stored();
        }
    }

    /**
     * A new file written through a stream, in the caller's transaction (an encrypting stream may wrap
     * it). Past {@code maxBytes} a write fails with {@link FileTooLargeException}.
     */
    @Transactional(TxType.MANDATORY)
    public Writer create(long maxBytes) {
        return create(maxBytes, true);
    }

    /**
     * The same, for bytes that authenticate themselves (an AEAD's sealed stream, whose every segment
     * carries its tag): the store's SHA-256, which only serves to check a restore, is left to the
     * sweeper ({@link #hashPending}), off the request that writes them.
     */
    @Transactional(TxType.MANDATORY)
    public Writer createSealed(long maxBytes) {
        return create(maxBytes, false);
    }

    private Writer create(long maxBytes, boolean hashed) {
        long id = nextId();
        Path path = layout().pathOf(id);
        deleteOnRollback(path);
        return open(id, path, maxBytes, true, hashed);
    }

    /**
     * A new file written over several requests, outside any transaction (a large upload, a chunk at
     * a time): closing it forces it to the disk but records nothing. It belongs to the platform once
     * {@link #keep} records it in a transaction; until then it is nobody's, {@link #discard} deletes it,
     * and left alone the sweeper does.
     */
    public Writer stage(long maxBytes) {
        long id = nextId();
        return open(id, layout().pathOf(id), maxBytes, false, true);
    }

    /** A staged file of self-authenticating bytes (see {@link #createSealed}): hashed later, by the sweeper. */
    public Writer stageSealed(long maxBytes) {
        long id = nextId();
        return open(id, layout().pathOf(id), maxBytes, false, false);
    }

    /**
     * Hashes up to {@code limit} recorded files whose SHA-256 was left for later, in the caller's
     * transaction (their rows locked, skipping those another server hashes); returns how many.
     */
    @Transactional(TxType.MANDATORY)
    public int hashPending(int limit) {
        int hashed = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement pending = connection.prepareStatement("SELECT id FROM app.stored_file WHERE sha256 IS NULL"
                     + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED");
             PreparedStatement update = connection.prepareStatement("UPDATE app.stored_file SET sha256 = ? WHERE id = ?")) {
            pending.setInt(1, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            for (long id : ids) {
                Path path = layout().pathOf(id);
                if (Files.exists(path)) {
                    update.setString(1, hashOf(path));
                    update.setLong(2, id);
                    update.executeUpdate();
                    hashed++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Hashing the files left to hash", e);
        }
        return hashed;
    }

    private static String hashOf(Path path) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Hashing " + path, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Records a staged file, in the caller's transaction: it is the platform's if the transaction commits. */
    @Transactional(TxType.MANDATORY)
    public void keep(Stored staged) {
        record(staged);
    }

    /** Deletes a staged file that will not be kept. */
    public void discard(long stagedId) {
        delete(layout().pathOf(stagedId));
    }

    private Writer open(long id, Path path, long maxBytes, boolean recordOnClose, boolean hashed) {
        try {
            Files.createDirectories(path.getParent());
            // The number is new to this database: a file already there was left by another (a test run's,
            // a restore's) and no row of this one points to it.
            return new Writer(id, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE), maxBytes, recordOnClose, hashed);
        } catch (IOException e) {
            throw new UncheckedIOException("Creating file " + path, e);
        }
    }

    private void deleteOnRollback(Path path) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(path);
                }
            }
        });
    }

    /** Streams a file to {@code out}. */
    public void copy(long id, OutputStream out) throws IOException {
        try (InputStream in = open(id)) {
            byte[] buffer = new byte[CHUNK / 4];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        }
    }

    /** A file as a stream (a decrypting stream may wrap it). */
    public InputStream open(long id) {
        Path path = layout().pathOf(id);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("File " + id + " is missing from the file store (" + path
                    + "): was the store's directory restored with the database?", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading file " + path, e);
        }
    }

    public FileStoreLayout layout() {
        return new FileStoreLayout(settings.filesDirectory());
    }

    private long nextId() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement("SELECT nextval('app.stored_file_id_seq')");
             ResultSet id = next.executeQuery()) {
            id.next();
            return id.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Numbering a file", e);
        }
    }

    private void record(Stored stored) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO app.stored_file (id, size_bytes, sha256, created_at) VALUES (?, ?, ?, now())")) {
            insert.setLong(1, stored.id());
            insert.setLong(2, stored.size());
            insert.setString(3, stored.sha256());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording file " + stored.id(), e);
        }
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The sweeper deletes it: a file without a row is an orphan.
        }
    }

    /**
     * Writes a new file, hashing what it writes (unless its hash is left to the sweeper: then its
     * {@link Stored#sha256()} is null); closing it forces it to the disk (and records its row in the
     * transaction, unless staged); then {@link #stored()}.
     */
    public final class Writer extends OutputStream {

        private final long id;
        private final FileChannel channel;
        private final long maxBytes;
        private final boolean recordOnClose;
        private final MessageDigest digest;
        private long size;
        private Stored stored;
        /**
         * What was written and is not in the file yet, up to {@link #CHUNK}: the file gets large writes
         * whatever the caller's (an encrypting stream writes a 16 KB segment at a time; sealing 200 MB
         * into a file took 0.28-0.31 s in 256 KB writes, 0.35-0.37 s in 16 KB ones). Made on the first
         * write, dropped by {@link #flushInBackground}, so a file staged between two requests holds none.
         */
        private ByteBuffer unwritten;
        /** The bytes written so far on their way to the disk, in the background: see {@link #flushInBackground}. */
        private CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);

        private Writer(long id, FileChannel channel, long maxBytes, boolean recordOnClose, boolean hashed) {
            this.id = id;
            this.channel = channel;
            this.maxBytes = maxBytes;
            this.recordOnClose = recordOnClose;
            this.digest = hashed ? sha256() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int from, int length) throws IOException {
            if (stored != null) {
                throw new IOException("The file is closed");
            }
            if (size + length > maxBytes) {
                throw new FileTooLargeException();
            }
            if (digest != null) {
                digest.update(bytes, from, length);
            }
            if (unwritten == null) {
                unwritten = ByteBuffer.allocate(CHUNK);
            }
            if (length > unwritten.remaining()) {
                writeUnwritten();
            }
            if (length >= unwritten.capacity()) {
                writeFully(ByteBuffer.wrap(bytes, from, length));
            } else {
                unwritten.put(bytes, from, length);
            }
            size += length;
        }

        private void writeUnwritten() throws IOException {
            if (unwritten != null && unwritten.position() > 0) {
                writeFully(unwritten.flip());
                unwritten.clear();
            }
        }

        private void writeFully(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        /**
         * Starts writing the bytes written so far to the disk, on another thread, unless that is still
         * under way: a file written over several requests then finds most of it there already when
         * {@link #close} forces it (Linux would otherwise keep a few hundred megabytes in memory until
         * that force, which then writes them all while the request waits). Nothing depends on it:
         * {@link #close} forces the whole file whatever this did. What the writer still held is in the file
         * first, and the writer holds no buffer until the next write.
         */
        public void flushInBackground() throws IOException {
            if (stored != null || !channel.isOpen()) {
                return;
            }
            writeUnwritten();
            unwritten = null;
            if (flushing.isDone()) {
                flushing = CompletableFuture.runAsync(this::flushWritten, executor);
            }
        }

        private void flushWritten() {
            try {
                channel.force(false);
            } catch (IOException e) {
                // closed meanwhile, or the disk failed: close's own force says so
            }
        }

        /** Forces the file to the disk and, unless staged, records it: it stays if the transaction commits. */
        @Override
        public void close() throws IOException {
            if (stored != null || !channel.isOpen()) {
                return;
            }
            try {
                writeUnwritten();
                flushing.exceptionally(e -> null).join();
                channel.force(true);
            } finally {
                channel.close();
            }
            Stored written = new Stored(id, size, digest == null ? null : HexFormat.of().formatHex(digest.digest()));
            if (recordOnClose) {
                record(written);
            }
            stored = written;
        }

        /** The file's number, known from its first byte. */
        public long id() {
            return id;
        }

        public Stored stored() {
            if (stored == null) {
                throw new IllegalStateException("The file is still being written");
            }
            return stored;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
