package fr.ccibusiness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The platform's files, as PostgreSQL large objects, streamed both ways a bounded chunk at a time:
 * no file is ever whole in memory. A file is written in the transaction of the change that stores it
 * (a refused or rolled-back upload leaves nothing), every server of a cluster reads the same files
 * without a shared disk, and the database's backups hold them ({@code pg_dump} of the database
 * includes its large objects). A table that holds files declares its column's trigger,
 * {@code app.unlink_large_object('column')}: deleting the row deletes the file.
 */
@ApplicationScoped
public class FileStore {

    /** What one statement carries, and what a reader or writer holds, at most. */
    public static final int CHUNK = 256 * 1024;

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private FileChunks chunks;

    /** A file written: its large object, its size and its SHA-256. */
    public record Stored(long oid, long size, String sha256) {
    }

    /**
     * Writes what {@code in} holds as a new file, in the caller's transaction. Past {@code maxBytes}
     * (having read at most one chunk more) it stops with {@link FileTooLargeException}, and the
     * transaction's rollback takes the partial file with it.
     */
    @Transactional(TxType.MANDATORY)
    public Stored write(InputStream in, long maxBytes) throws IOException {
        try (Writer out = create(maxBytes)) {
            in.transferTo(out);
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
        try {
            return new Writer(dataSource.getConnection(), maxBytes);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a file", e);
        }
    }

    /**
     * Streams a file to {@code out}, a chunk per short transaction of its own: a slow reader holds
     * neither a database connection nor more than one chunk between them.
     */
    public void copy(long oid, OutputStream out) throws IOException {
        try (InputStream in = open(oid)) {
            in.transferTo(out);
        }
    }

    /** A file as a stream (a decrypting stream may wrap it), read a chunk per short transaction. */
    public InputStream open(long oid) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private long offset;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int from, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position == chunk.length) {
                    chunk = chunks.read(oid, offset, CHUNK);
                    offset += chunk.length;
                    position = 0;
                    if (chunk.length == 0) {
                        return -1;
                    }
                }
                int read = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, from, read);
                position += read;
                return read;
            }
        };
    }

    /** Writes a new large object a chunk at a time, hashing what it writes; {@link #stored()} once closed. */
    public static final class Writer extends OutputStream {

        private final Connection connection;
        private final PreparedStatement put;
        private final long oid;
        private final long maxBytes;
        private final MessageDigest digest = sha256();
        private final byte[] buffer = new byte[CHUNK];
        private int buffered;
        private long size;
        private Stored stored;

        private Writer(Connection connection, long maxBytes) throws SQLException {
            this.connection = connection;
            this.maxBytes = maxBytes;
            try (PreparedStatement create = connection.prepareStatement("SELECT lo_create(0)");
                 ResultSet created = create.executeQuery()) {
                created.next();
                this.oid = created.getLong(1);
            }
            this.put = connection.prepareStatement("SELECT lo_put(?, ?, ?)");
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
            if (size + buffered + length > maxBytes) {
                throw new FileTooLargeException();
            }
            while (length > 0) {
                int taken = Math.min(length, CHUNK - buffered);
                System.arraycopy(bytes, from, buffer, buffered, taken);
                buffered += taken;
                from += taken;
                length -= taken;
                if (buffered == CHUNK) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (buffered == 0) {
                return;
            }
            digest.update(buffer, 0, buffered);
            try {
                put.setLong(1, oid);
                put.setLong(2, size);
                put.setBytes(3, buffered == CHUNK ? buffer : Arrays.copyOf(buffer, buffered));
                put.execute();
            } catch (SQLException e) {
                throw new IOException("Storing a file", e);
            }
            size += buffered;
            buffered = 0;
        }

        /** Writes what is left and releases the connection; the file stays, with the transaction. */
        @Override
        public void close() throws IOException {
            if (stored != null) {
                return;
            }
            try {
                flushChunk();
                stored = new Stored(oid, size, HexFormat.of().formatHex(digest.digest()));
            } finally {
                try {
                    put.close();
                    connection.close();
                } catch (SQLException e) {
                    throw new IOException("Storing a file", e);
                }
            }
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
