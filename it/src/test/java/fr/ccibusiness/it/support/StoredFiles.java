package fr.ccibusiness.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The test server's file store: its directory (the default one, named after the test database), read from here. */
public final class StoredFiles {

    private StoredFiles() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "cci-files",
                System.getProperty("cci.test.db.name"));
    }

    public static Path pathOf(long id) {
        return directory().resolve(String.format("%03d", id % 1000)).resolve(Long.toString(id));
    }

    /** Every file of the store, to be scanned. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(directory())) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the store's sweeper to delete these files (their rows are gone). */
    public static void awaitDeleted(List<Long> ids, String what) {
        Poll.until(() -> ids.stream().noneMatch(id -> Files.exists(pathOf(id))), Duration.ofSeconds(20), what);
    }
}
