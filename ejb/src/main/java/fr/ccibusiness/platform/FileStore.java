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

    /** What one statement carries, and what a reader holds, at most. */
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
        MessageDigest digest = sha256();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement create = connection.prepareStatement("SELECT lo_create(0)");
             PreparedStatement put = connection.prepareStatement("SELECT lo_put(?, ?, ?)")) {
            long oid;
            try (ResultSet created = create.executeQuery()) {
                created.next();
                oid = created.getLong(1);
            }
            byte[] buffer = new byte[CHUNK];
            long size = 0;
            for (int read = in.readNBytes(buffer, 0, CHUNK); read > 0; read = in.readNBytes(buffer, 0, CHUNK)) {
                if (size + read > maxBytes) {
                    throw new FileTooLargeException();
                }
                digest.update(buffer, 0, read);
                put.setLong(1, oid);
                put.setLong(2, size);
                put.setBytes(3, read == CHUNK ? buffer : Arrays.copyOf(buffer, read));
                put.execute();
                size += read;
            }
            return new Stored(oid, size, HexFormat.of().formatHex(digest.digest()));
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a file", e);
        }
    }

    /**
     * Streams a file to {@code out}, a chunk per short transaction of its own: a slow reader holds
     * neither a database connection nor more than one chunk between them.
     */
    public void copy(long oid, OutputStream out) throws IOException {
        long offset = 0;
        for (byte[] chunk = chunks.read(oid, offset, CHUNK); chunk.length > 0; chunk = chunks.read(oid, offset, CHUNK)) {
            out.write(chunk);
            offset += chunk.length;
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
