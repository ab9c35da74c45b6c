package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ccibusiness.platform.FlywayMigrator;
import fr.ccibusiness.platform.V36__MoveLargeObjectsToDisk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that moved the file store out of the database (V35 to V37), run on a database of its
 * own holding files as the platform stored them before: large objects of a community document, a tender
 * document and a sealed response. Each becomes a file of the store's directory, byte for byte, with its
 * size and SHA-256; the large objects are gone.
 */
class FilesOutOfTheDatabaseIT {

    private static final String DATABASE = System.getProperty("cci.test.db.name") + "_files";

    @Test
    void theLargeObjectsBecomeFilesOfTheStoreByteForByte() throws Exception {
        Path store = Files.createTempDirectory("cci-files");
        System.setProperty("cci.files.dir", store.toString());
        try (Connection admin = connect("postgres"); Statement create = admin.createStatement()) {
            create.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            create.execute("CREATE DATABASE " + DATABASE);
        }
        try {
            flyway().target("34").load().migrate();
            Map<String, byte[]> contents = new LinkedHashMap<>();
            contents.put("document_content", "%PDF-1.4\n% un document de communauté\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
            contents.put("tender_document_version", new byte[3 * 1024 * 1024 + 17]);
            contents.put("response_file", "pli scellé, chiffré".getBytes(StandardCharsets.UTF_8));
            try (Connection db = connect(DATABASE); Statement rows = db.createStatement()) {
                // Rows alone, without the rows they refer to: the migration reads only these tables.
                rows.execute("SET session_replication_role = replica");
                for (var content : contents.entrySet()) {
                    long oid = largeObject(db, content.getValue());
                    rows.execute(switch (content.getKey()) {
                        case "document_content" -> "INSERT INTO app.document_content (version_id, content_oid) VALUES (1, " + oid + ")";
                        case "tender_document_version" -> "INSERT INTO app.tender_document_version (id, document_id, number,"
                                + " file_name, media_type, size_bytes, sha256, content_oid, uploaded_at) VALUES (1, 1, 1, 'dce.pdf',"
                                + " 'application/pdf', 0, '', " + oid + ", now())";
                        default -> "INSERT INTO app.response_file (id, deposit_id, number, file_name, media_type, size_bytes, sha256,"
                                + " content_oid) VALUES (1, 1, 1, 'offre.pdf', 'application/pdf', 0, '', " + oid + ")";
                    });
                }
            }

            flyway().load().migrate();

            try (Connection db = connect(DATABASE); Statement read = db.createStatement()) {
                for (var content : contents.entrySet()) {
                    try (ResultSet file = read.executeQuery("SELECT s.id, s.size_bytes, s.sha256 FROM app." + content.getKey()
                            + " t JOIN app.stored_file s ON s.id = t.file_id")) {
                        file.next();
                        long id = file.getLong(1);
                        Path path = store.resolve(String.format("%03d", id % 1000)).resolve(Long.toString(id));
                        assertArrayEquals(content.getValue(), Files.readAllBytes(path), content.getKey());
                        assertEquals(content.getValue().length, file.getLong(2));
                        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getValue())),
                                file.getString(3));
                    }
                }
                try (ResultSet left = read.executeQuery("SELECT count(*) FROM pg_largeobject_metadata")) {
                    left.next();
                    assertEquals(0, left.getLong(1), "the large objects are gone");
                }
                read.execute("DELETE FROM app.response_file");
                try (ResultSet queued = read.executeQuery("SELECT count(*) FROM app.file_deletion")) {
                    queued.next();
                    assertEquals(1, queued.getLong(1), "deleting a row queues its file for the sweeper");
                }
            }
        } finally {
            System.clearProperty("cci.files.dir");
            try (Connection admin = connect("postgres"); Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure(FlywayMigrator.class.getClassLoader()).dataSource(url(DATABASE),
                        System.getProperty("cci.test.db.user"), System.getProperty("cci.test.db.password"))
                .schemas(FlywayMigrator.SCHEMA).locations("classpath:db/migration")
                .javaMigrations(new V36__MoveLargeObjectsToDisk());
    }

    private static long largeObject(Connection db, byte[] bytes) throws Exception {
        try (PreparedStatement create = db.prepareStatement("SELECT lo_from_bytea(0, ?)")) {
            create.setBytes(1, bytes);
            try (ResultSet oid = create.executeQuery()) {
                oid.next();
                return oid.getLong(1);
            }
        }
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection(url(database), System.getProperty("cci.test.db.user"),
                System.getProperty("cci.test.db.password"));
    }

    private static String url(String database) {
        return System.getProperty("cci.test.db.url").replaceFirst("/[^/]+$", "/" + database);
    }
}
