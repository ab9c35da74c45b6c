package fr.ccibusiness.consultation;

import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.FileTooLargeException;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.platform.StoredFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A response whose files are uploaded a chunk at a time, over as many requests as a slow line needs,
 * before the form that deposits it is sent. Its key is made when its upload starts (and the deposit
 * is judged to have started then); each chunk is hashed and sealed with it as it arrives, straight into
 * a staged file of the file store, so a file is never in clear on disk, and a broken chunk is sent
 * again from the last byte received. The key lives only in the server's memory (the person's session)
 * until the deposit stores it wrapped: a staged response does not survive a restart, and is deleted
 * when the session ends. Built and fed by {@link ResponseService} only.
 */
public final class StagedDeposit {

    /** The largest chunk one request brings (the page's script sizes them to the line, up to this). */
    public static final int MAX_CHUNK = 32 * 1024 * 1024;
    /** What is read from the network, then hashed and sealed, at a time. */
    static final int PIECE = 256 * 1024;

    private final String token = UUID.randomUUID().toString();
    private final long consultationId;
    private final long accountId;
    private final Instant startedAt;
    private final String sealId;
    private final SealingKeys.ResponseKey key;
    private final long budget;
    private final int maxFiles;
    private final List<Staged> files = new ArrayList<>();

    StagedDeposit(long consultationId, long accountId, Instant startedAt, String sealId, SealingKeys.ResponseKey key,
                  long budget, int maxFiles) {
        this.consultationId = consultationId;
        this.accountId = accountId;
        this.startedAt = startedAt;
        this.sealId = sealId;
        this.key = key;
        this.budget = budget;
        this.maxFiles = maxFiles;
    }

    /** A file being staged: what the page calls it by, and how much of it arrived. */
    public static final class Staged {

        private final String id = UUID.randomUUID().toString();
        private final String name;
        private final long size;
        private final FileStore.Writer stored;
        private final OutputStream sealed;
        private final MessageDigest digest = sha256();
        private long received;
        private String mediaType;
        private String sha256;
        /** Sealing it failed part way (a full disk): it cannot be resumed, only sent again. */
        private boolean broken;
        /** Time spent hashing, sealing and storing it, the wait for the network apart. */
        private long sealingNanos;

        private Staged(String name, long size, FileStore.Writer stored, OutputStream sealed) {
            this.name = name;
            this.size = size;
            this.stored = stored;
            this.sealed = sealed;
        }

        public String getId() {
            return id;
        }

        public long getReceived() {
            return received;
        }

        boolean isComplete() {
            return sha256 != null;
        }
    }

    public String getToken() {
        return token;
    }

    long getConsultationId() {
        return consultationId;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    String getSealId() {
        return sealId;
    }

    SealingKeys.ResponseKey getKey() {
        return key;
    }

    Optional<Staged> file(String id) {
        return files.stream().filter(f -> f.id.equals(id)).findFirst();
    }

    synchronized Staged add(String uploadedName, long size, FileStore store) {
        String name = StoredFile.cleanName(uploadedName);
        if (files.size() >= maxFiles) {
            throw new InvalidConsultationException("deposit.files.tooMany");
        }
        if (size <= 0) {
            throw new InvalidFileException("file.empty");
        }
        if (files.stream().mapToLong(f -> f.size).sum() + size > budget) {
            throw new InvalidFileException("file.tooLarge");
        }
        FileStore.Writer stored = store.stageSealed(SealedFile.sealedSizeLimit(size));
        try {
            OutputStream sealed = key.aead().newEncryptingStream(stored,
                    ResponseFile.associatedData(sealId, files.size() + 1));
            Staged file = new Staged(name, size, stored, sealed);
            files.add(file);
            return file;
        } catch (GeneralSecurityException | IOException e) {
            store.discard(stored.id());
            throw new IllegalStateException("Staging a response file", e);
        }
    }

    /**
     * Takes the chunk of {@code length} bytes that starts at {@code offset}, read from {@code body} and
     * sealed a piece at a time as it arrives (a piece, and the store's write buffer, held in memory whatever
     * the chunk's size); the bytes received so far. A chunk that does not start where the file stands is refused with that
     * count; one that arrives cut short is kept as far as it came and refused with the new count, for
     * the sender to resume from there. The first bytes of a file (what its type is judged on) are taken
     * whole or not at all.
     */
    long receive(Staged file, long offset, InputStream body, int length) throws IOException {
        synchronized (file) {
            if (file.broken) {
                throw new InvalidConsultationException("deposit.files.incomplete");
            }
            if (offset != file.received) {
                throw new ChunkOutOfPlaceException(file.received);
            }
            if (length <= 0 || length > MAX_CHUNK || file.received + length > file.size) {
                throw new InvalidFileException("file.tooLarge");
            }
            try {
                take(file, offset + length, body);
            } finally {
                if (!file.broken && !file.isComplete()) {
                    store(file);
                }
            }
            return file.received;
        }
    }

    /** Reads, hashes and seals what arrives of a file up to byte {@code end}, a piece at a time. */
    private static void take(Staged file, long end, InputStream body) throws IOException {
        if (file.received == 0) {
            byte[] head = body.readNBytes((int) Math.min(end, StoredFile.HEAD));
            if (head.length < Math.min(end, StoredFile.HEAD)) {
                throw new ChunkOutOfPlaceException(0);
            }
            file.mediaType = StoredFile.typeOf(file.name, new BufferedInputStream(new ByteArrayInputStream(head)))
                    .mediaType();
            seal(file, head, head.length);
        }
        byte[] piece = new byte[(int) Math.min(PIECE, end - file.received)];
        while (file.received < end) {
            int read = body.readNBytes(piece, 0, (int) Math.min(piece.length, end - file.received));
            if (read == 0) {
                throw new ChunkOutOfPlaceException(file.received);
            }
            seal(file, piece, read);
        }
    }

    /** Hashes, seals and stores the next {@code length} bytes of a file; closes it (forced to the disk) after its last. */
    private static void seal(Staged file, byte[] bytes, int length) {
        long started = System.nanoTime();
        try {
            file.digest.update(bytes, 0, length);
            file.sealed.write(bytes, 0, length);
            file.received += length;
            if (file.received == file.size) {
                file.sealed.close();
                file.sha256 = HexFormat.of().formatHex(file.digest.digest());
            }
        } catch (FileTooLargeException e) {
            file.broken = true;
            throw new InvalidFileException("file.tooLarge");
        } catch (IOException e) {
            file.broken = true;
            throw new UncheckedIOException("Sealing a chunk", e);
        } finally {
            file.sealingNanos += System.nanoTime() - started;
        }
    }

    /**
     * Puts what arrived of a file in its file, on its way to the disk while the next chunk comes
     * ({@link FileStore.Writer#flushInBackground}).
     */
    private static void store(Staged file) {
        long started = System.nanoTime();
        try {
            file.stored.flushInBackground();
        } catch (IOException e) {
            file.broken = true;
            throw new UncheckedIOException("Storing a chunk", e);
        } finally {
            file.sealingNanos += System.nanoTime() - started;
        }
    }

    /** The files, sealed, in their order; refused while one is still arriving. */
    List<SealedFile> sealedFiles() {
        List<SealedFile> sealed = new ArrayList<>();
        for (Staged file : files) {
            if (!file.isComplete()) {
                throw new InvalidConsultationException("deposit.files.incomplete");
            }
            sealed.add(new SealedFile(file.name, file.mediaType, file.size, file.sha256, file.stored.stored().id()));
        }
        return sealed;
    }

    /** The time the server spent hashing, sealing and storing the files, in milliseconds. */
    long sealingMillis() {
        return files.stream().mapToLong(f -> f.sealingNanos).sum() / 1_000_000;
    }

    List<FileStore.Stored> storedFiles() {
        return files.stream().map(f -> f.stored.stored()).toList();
    }

    boolean hasFiles() {
        return !files.isEmpty();
    }

    /** Deletes the staged files: the deposit was not made (session ended, upload abandoned or started again). */
    void discard(FileStore store) {
        for (Staged file : files) {
            try {
                file.sealed.close();
            } catch (IOException | RuntimeException e) {
                // the file goes anyway
            }
            store.discard(file.stored.id());
        }
        files.clear();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
