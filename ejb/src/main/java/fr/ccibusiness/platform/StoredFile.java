package fr.ccibusiness.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An uploaded file the platform accepts (community spaces, tender documents): a clean name, the type
 * its first bytes showed, and where the file store put it (with its size and SHA-256).
 */
public record StoredFile(String fileName, DocumentType type, FileStore.Stored stored) {

    static final int NAME_MAX = 200;
    /** What the type is judged on: the signature, or a zip's first entries. */
    public static final int HEAD = 1024 * 1024;

    /**
     * Checks an upload from its first bytes (not empty, of an accepted type whose extension the name
     * carries), then streams it to the file store, refused past {@code maxBytes}.
     */
    public static StoredFile accept(String uploadedName, InputStream content, long maxBytes, FileStore files) {
        String name = cleanName(uploadedName);
        try {
            BufferedInputStream in = new BufferedInputStream(content, FileStore.CHUNK);
            DocumentType type = typeOf(name, in);
            return new StoredFile(name, type, files.write(in, maxBytes));
        } catch (FileTooLargeException e) {
            throw new InvalidFileException("file.tooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an upload", e);
        }
    }

    /**
     * The type of an upload, judged on its first megabyte (which {@code in} gives back to be read
     * again): refused when empty or of a type the platform does not take under this name.
     */
    public static DocumentType typeOf(String cleanName, BufferedInputStream in) throws IOException {
        in.mark(HEAD + 1);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        if (head.length == 0) {
            throw new InvalidFileException("file.empty");
        }
        return DocumentType.of(cleanName, head).orElseThrow(() -> new InvalidFileException("file.type"));
    }

    /** The last segment of the name a browser sent, without control or path characters. */
    public static String cleanName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidFileException("file.type");
        }
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }
}
