package fr.ccibusiness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads of the {@link FileStore}'s files, each in a short transaction of its own. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class FileChunks {

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    /** Up to {@code length} bytes of a file from {@code offset}; none past its end. */
    public byte[] read(long oid, long offset, int length) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement get = connection.prepareStatement("SELECT lo_get(?, ?, ?)")) {
            get.setLong(1, oid);
            get.setLong(2, offset);
            get.setInt(3, length);
            try (ResultSet chunk = get.executeQuery()) {
                chunk.next();
                return chunk.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a file", e);
        }
    }
}
