package fr.ccibusiness.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Copies every large object the file store held (V25 to V34) into the store's directory, a file per
 * large object, a megabyte at a time, with its {@code app.stored_file} row; V37 then drops them. Run
 * once, by {@link FlywayMigrator}, in the migration's transaction: if it fails, the files it wrote
 * have no row and {@link FileSweeper} deletes them.
 */
public class V36__MoveLargeObjectsToDisk extends BaseJavaMigration {

    private static final int CHUNK = 1024 * 1024;
    private static final List<String> TABLES_AND_KEYS = List.of("document_content:version_id",
            "tender_document_version:id", "response_file:id");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        FileStoreLayout layout = new FileStoreLayout(new Settings().filesDirectory());
        for (String tableAndKey : TABLES_AND_KEYS) {
            String table = tableAndKey.split(":")[0];
            String key = tableAndKey.split(":")[1];
            List<long[]> rows = new ArrayList<>();
            try (Statement select = connection.createStatement();
                 ResultSet found = select.executeQuery("SELECT " + key + ", content_oid::bigint FROM app." + table)) {
                while (found.next()) {
                    rows.add(new long[] {found.getLong(1), found.getLong(2)});
                }
            }
            for (long[] row : rows) {
                long id = nextId(connection);
                copy(connection, row[1], layout.pathOf(id), id);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE app." + table + " SET file_id = ? WHERE " + key + " = ?")) {
                    update.setLong(1, id);
                    update.setLong(2, row[0]);
                    update.executeUpdate();
                }
            }
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (Statement next = connection.createStatement();
             ResultSet id = next.executeQuery("SELECT nextval('app.stored_file_id_seq')")) {
            id.next();
            return id.getLong(1);
        }
    }

    private static void copy(Connection connection, long oid, Path path, long id) throws SQLException {
        MessageDigest digest = sha256();
        long size = 0;
        try (PreparedStatement get = connection.prepareStatement("SELECT lo_get(?::oid, ?, ?)")) {
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                for (byte[] chunk = read(get, oid, 0); chunk.length > 0; chunk = read(get, oid, size)) {
                    out.write(chunk);
                    digest.update(chunk);
                    size += chunk.length;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Copying large object " + oid + " to " + path, e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app.stored_file (id, size_bytes, sha256, created_at) VALUES (?, ?, ?, now())")) {
            insert.setLong(1, id);
            insert.setLong(2, size);
            insert.setString(3, HexFormat.of().formatHex(digest.digest()));
            insert.executeUpdate();
        }
    }

    private static byte[] read(PreparedStatement get, long oid, long offset) throws SQLException {
        get.setLong(1, oid);
        get.setLong(2, offset);
        get.setInt(3, CHUNK);
        try (ResultSet chunk = get.executeQuery()) {
            chunk.next();
            return chunk.getBytes(1);
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
