package fr.ccibusiness.account;

import fr.ccibusiness.platform.WarmUp;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.ScramDigestPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * The sign-in's password derivation, warmed up at start. Every sign-in has the realm derive
 * PBKDF2-HMAC-SHA256 at {@value PasswordHasher#ITERATIONS} iterations (its SCRAM-SHA-256 mapper). Until
 * the virtual machine has compiled that loop and the JDK's HMAC and SHA-256 under it (compiled, SHA-256
 * runs on the processor's own instructions), the first derivation after a start took 0.7 s of processor
 * time (1.1 to 1.4 s on the clock) instead of 0.2 s. Right after a start, ten administrators signing in at
 * once kept both cores busy for 12 s, the last waiting 10 s (bench/people-benchmark.sh); warmed up, 1.9 to
 * 2.2 s.
 * <p>
 * A round derives a throw-away password with Elytron's own SCRAM-SHA-256 implementation, the classes the
 * realm verifies with; nothing is kept, and the first real sign-in still derives its own.
 */
@ApplicationScoped
public class PasswordDerivationWarmUp implements WarmUp {

    @Override
    public String name() {
        return "the sign-in's password derivation (" + PasswordHasher.ITERATIONS + " iterations)";
    }

    @Override
    public void round() {
        derive(PasswordHasher.randomToken(), PasswordHasher.newSalt(), PasswordHasher.ITERATIONS);
    }

    /** What the realm derives from a password typed at sign-in, to compare with the stored hash. */
    static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(ScramDigestPassword.ALGORITHM_SCRAM_SHA_256,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(iterations, salt));
            return ((ScramDigestPassword) factory.generatePassword(spec)).getDigest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Elytron's SCRAM-SHA-256 is not available", e);
        }
    }
}
