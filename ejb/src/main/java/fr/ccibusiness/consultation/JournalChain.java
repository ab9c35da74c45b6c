package fr.ccibusiness.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains a journal's entries: SHA-256 over every field of the entry (each written with
 * its length, so that no two different entries write the same bytes) and the previous entry's hash.
 * Changing any field of a line, or removing or inserting one, changes every hash after it.
 */
public final class JournalChain {

    /** The "previous hash" of a journal's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private JournalChain() {
    }

    public static String hash(long consultationId, int seq, Instant recordedAt, JournalKind kind, Long actorNumber,
                              String detail, String previousHash) {
        StringBuilder fields = new StringBuilder();
        for (Object field : new Object[] {consultationId, seq, micros(recordedAt), kind.name(),
                actorNumber == null ? "" : actorNumber, detail, previousHash}) {
            String value = field.toString();
            fields.append(value.length()).append(':').append(value).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fields.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The precision the database keeps: an instant is hashed as it will be read back. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
