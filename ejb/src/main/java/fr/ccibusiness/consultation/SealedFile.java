package fr.ccibusiness.consultation;

import com.google.crypto.tink.StreamingAead;
import fr.ccibusiness.platform.DocumentType;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.FileTooLargeException;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.platform.StoredFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A response file as it was sealed: its name, type, size and SHA-256 as sent, and the file of the store
 * holding its bytes encrypted. The file streams from the upload through the hash and the encryption
 * into the file store; no more than a buffer of it is ever in memory, and never in clear on disk.
 */
record SealedFile(String fileName, String mediaType, long size, String sha256, long fileId) {

    private static final int BUFFER = 64 * 1024;
    /** What the encryption adds: a tag per segment and a header. */
    private static final long SEGMENT = SealingKeys.RESPONSE_SEGMENT - 16;

    /** The most a file of {@code clearBytes} takes once sealed. */
    static long sealedSizeLimit(long clearBytes) {
        return clearBytes + (clearBytes / SEGMENT + 2) * 16 + 64;
    }

    static SealedFile seal(String uploadedName, InputStream content, long maxBytes, StreamingAead aead, byte[] associatedData,
                           FileStore files) {
        String name = StoredFile.cleanName(uploadedName);
        try {
            BufferedInputStream in = new BufferedInputStream(content, FileStore.CHUNK);
            DocumentType type = StoredFile.typeOf(name, in);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            FileStore.Writer stored = files.createSealed(sealedSizeLimit(maxBytes));
            long size = 0;
            try (OutputStream sealed = aead.newEncryptingStream(stored, associatedData)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new FileTooLargeException();
                    }
                    digest.update(buffer, 0, read);
                    sealed.write(buffer, 0, read);
                }
            }
            return new SealedFile(name, type.mediaType(), size, HexFormat.of().formatHex(digest.digest()), stored.stored().id());
        } catch (FileTooLargeException e) {
            throw new InvalidFileException("file.tooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException("Sealing an upload", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing an upload", e);
        }
    }
}
