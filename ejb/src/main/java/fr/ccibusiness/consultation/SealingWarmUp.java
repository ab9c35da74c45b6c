package fr.ccibusiness.consultation;

import fr.ccibusiness.platform.WarmUp;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sealing of deposited files, warmed up at start: what {@link StagedDeposit} does to each piece of a
 * file (SHA-256, then AES-256-GCM-HKDF streaming encryption) runs several times slower until the virtual
 * machine has compiled the JDK's AES-GCM, GHASH and SHA-256 on the processor's own instructions. The first
 * deposit of 200 MB after a start took 2.26 s, the next ones 0.76 to 1.09 s (bench/deposit-benchmark.sh).
 * <p>
 * A round hashes and seals {@value #ROUND_BYTES} random bytes with a throw-away response key, piece by
 * piece as a deposit does, and writes them nowhere.
 */
@ApplicationScoped
public class SealingWarmUp implements WarmUp {

    static final int ROUND_BYTES = 32 * 1024 * 1024;

    @Override
    public String name() {
        return "the sealing of deposits (" + ROUND_BYTES / (1024 * 1024) + " MB a round)";
    }

    @Override
    public void round() throws Exception {
        byte[] piece = new byte[StagedDeposit.PIECE];
        ThreadLocalRandom.current().nextBytes(piece);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (OutputStream sealed = SealingKeys.throwAwayResponseKey().newEncryptingStream(OutputStream.nullOutputStream(),
                "warm-up".getBytes(StandardCharsets.UTF_8))) {
            for (int written = 0; written < ROUND_BYTES; written += piece.length) {
                digest.update(piece);
                sealed.write(piece);
            }
        }
        digest.digest();
    }
}
