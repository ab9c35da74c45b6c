package fr.ccibusiness.consultation;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/** A response file of an opened consultation: its name and type, and its bytes decrypted as they stream from the store. */
public record OpenedFile(String fileName, String mediaType, long size, long fileId, StreamingAead aead, byte[] associatedData) {

    /** The clear bytes of {@code sealed}, the file store's stream of this file. */
    public InputStream decrypt(InputStream sealed) throws IOException {
        try {
            return aead.newDecryptingStream(sealed, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("A response file that does not decrypt", e);
        }
    }
}
