package fr.ccibusiness.platform;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where the file store keeps file number {@code n}: {@code <directory>/<n mod 1000, on three digits>/<n>},
 * a thousand folders that fill evenly, so none grows past what a file system lists quickly.
 */
public record FileStoreLayout(Path directory) {

    private static final int FOLDERS = 1000;

    public Path pathOf(long id) {
        return directory.resolve(String.format("%03d", id % FOLDERS)).resolve(Long.toString(id));
    }

    /** The number of a file of the store from its name; empty for anything else found there. */
    public static OptionalLong idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.isEmpty() || name.length() > 18 || !name.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(name);
        return file.getParent() != null && file.getParent().getFileName().toString().equals(String.format("%03d", id % FOLDERS))
                ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
