package fr.ccibusiness.consultation;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.logging.Logger;

/**
 * The keys that seal responses, all from Google Tink (no primitive of ours):
 * <ul>
 * <li>the master key (AES-256-GCM), in a key file the server's configuration names, never in the
 * database: created at the first start if there is none (then it must be backed up, apart from the
 * database: without it no sealed response can ever be opened);</li>
 * <li>a key pair per consultation (HPKE: X25519, HKDF-SHA256, AES-256-GCM), whose private half is
 * kept encrypted with the master key and released only when a buyer opens the responses;</li>
 * <li>a streaming key per response (AES-256-GCM-HKDF, 16 KB segments), which encrypts its text and
 * files as they stream in, kept only wrapped with the consultation's public key.</li>
 * </ul>
 */
@ApplicationScoped
public class SealingKeys {

    private static final String MASTER = "AES256_GCM";
    private static final String CONSULTATION = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";
    /**
     * A response's streaming key: AES-256-GCM-HKDF (SHA-256) in segments of {@link #RESPONSE_SEGMENT}.
     * Small segments call the JDK's GHASH often enough for its JIT to compile the intrinsic (CLMUL) one
     * after a few megabytes: with Tink's 1 MB segments, a server just started sealed at 90 MB/s for its
     * first gigabyte. Earlier keys keep their own segment size, stored in their keyset.
     */
    static final int RESPONSE_SEGMENT = 16 * 1024;
    private static final Parameters RESPONSE = responseParameters();

    private static Parameters responseParameters() {
        try {
            return AesGcmHkdfStreamingParameters.builder().setKeySizeBytes(32).setDerivedAesGcmKeySizeBytes(32)
                    .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(RESPONSE_SEGMENT).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static {
        try {
            AeadConfig.register();
            HybridConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Inject
    private Settings settings;

    @Inject
    private Logger log;

    private volatile Aead master;

    /** A new consultation key pair: the public keyset, and the private one encrypted with the master key. */
    public record KeyPair(byte[] publicKeyset, byte[] sealedPrivateKeyset) {
    }

    /** A new response key: what encrypts the response, and the key wrapped for the consultation's private key. */
    public record ResponseKey(StreamingAead aead, byte[] wrapped) {
    }

    public KeyPair newConsultationKeys(long consultationId) {
        try {
            KeysetHandle pair = KeysetHandle.generateNew(KeyTemplates.get(CONSULTATION));
            return new KeyPair(TinkProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle()),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(pair, master(), context(consultationId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Creating a consultation's keys", e);
        }
    }

    /** A new key for one response, wrapped with the consultation's public key; {@code sealId} binds it to its deposit. */
    public ResponseKey newResponseKey(byte[] publicKeyset, String sealId) {
        try {
            KeysetHandle key = KeysetHandle.generateNew(RESPONSE);
            HybridEncrypt wrapper = TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset)
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            byte[] wrapped = wrapper.encrypt(TinkProtoKeysetFormat.serializeKeyset(key, InsecureSecretKeyAccess.get()),
                    sealId.getBytes(StandardCharsets.UTF_8));
            return new ResponseKey(key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Creating a response key", e);
        }
    }

    /** A response key that wraps nothing and is never kept: {@link SealingWarmUp} seals throw-away bytes with it. */
    static StreamingAead throwAwayResponseKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(RESPONSE).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    /**
     * The key of a response, unwrapped with the consultation's private key, itself decrypted with the
     * master key. Only the opening of a consultation whose deadline has passed may call this.
     */
    StreamingAead responseKey(long consultationId, byte[] sealedPrivateKeyset, byte[] wrapped, String sealId) {
        try {
            HybridDecrypt unwrapper = TinkProtoKeysetFormat.parseEncryptedKeyset(sealedPrivateKeyset, master(),
                    context(consultationId)).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
            byte[] key = unwrapper.decrypt(wrapped, sealId.getBytes(StandardCharsets.UTF_8));
            return TinkProtoKeysetFormat.parseKeyset(key, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Opening a response", e);
        }
    }

    private static byte[] context(long consultationId) {
        return ("cci-consultation/" + consultationId).getBytes(StandardCharsets.UTF_8);
    }

    private Aead master() {
        Aead loaded = master;
        if (loaded == null) {
            synchronized (this) {
                if (master == null) {
                    master = loadMaster(settings.sealingMasterKeyFile());
                }
                loaded = master;
            }
        }
        return loaded;
    }

    private Aead loadMaster(Path file) {
        try {
            if (!Files.exists(file)) {
                createMaster(file);
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the sealing master key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealing master key " + file + " is not a Tink AEAD keyset", e);
        }
    }

    private void createMaster(Path file) throws IOException, GeneralSecurityException {
        String keyset = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(KeyTemplates.get(MASTER)),
                InsecureSecretKeyAccess.get());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, keyset, StandardOpenOption.WRITE);
            log.warning(() -> "Created the master key of sealed responses in " + file
                    + ": back it up apart from the database; without it no sealed response can be opened");
        } catch (FileAlreadyExistsException e) {
            log.info(() -> "Another thread created the sealing master key " + file);
        }
    }
}
