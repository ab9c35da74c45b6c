package fr.ccibusiness.community;

import fr.ccibusiness.platform.PlatformSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token of an unsubscribe link: "account.community.signature", the signature an
 * HMAC-SHA256 under a key from {@link PlatformSecrets} (every server signs alike, links survive
 * restarts). It works without signing in, for that one
 * subscription only.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String KEY_NAME = "unsubscribe-hmac-key";

    @Inject
    private PlatformSecrets secrets;

    private volatile byte[] key;

    /** A Mac per thread, keyed once: the dispatch job signs one link per message. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    /** A subscription of an account to a community's newsletter. */
    public record Subscription(long accountId, long communityId) {
    }

    public String tokenFor(long accountId, long communityId) {
        String payload = accountId + "." + communityId;
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    public Optional<Subscription> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, sign(parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(new Subscription(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    }

    private byte[] sign(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        if (key == null) {
            key = secrets.secret(KEY_NAME);
        }
        return key;
    }
}
