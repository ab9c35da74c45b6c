package fr.ccibusiness.space;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file the space accepts: a clean name, the type its bytes showed, the bytes and their SHA-256. */
public record StoredFile(String fileName, DocumentType type, byte[] content, String sha256) {

    static final int NAME_MAX = 200;

    /** Checks an upload: not empty, not over {@code maxBytes}, of an accepted type whose extension the name carries. */
    public static StoredFile accept(String uploadedName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidSpaceContentException("space.document.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidSpaceContentException("space.document.tooLarge");
        }
        String name = cleanName(uploadedName);
        DocumentType type = DocumentType.of(name, content)
                .orElseThrow(() -> new InvalidSpaceContentException("space.document.type"));
        return new StoredFile(name, type, content, sha256(content));
    }

    /** The last segment of the name a browser sent, without control or path characters. */
    static String cleanName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidSpaceContentException("space.document.type");
        }
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
