package fr.ccibusiness.community;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The signed token of an unsubscribe link: "account.community.signature", the signature an
 * HMAC-SHA256 under a key the platform generates once and keeps in the database (so that every
 * server signs alike and links survive restarts). It works without signing in, for that one
 * subscription only.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String KEY_NAME = "unsubscribe-hmac-key";

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

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
            key = Base64.getDecoder().decode(loadOrCreateKey());
        }
        return key;
    }

    private String loadOrCreateKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app.platform_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, KEY_NAME);
                insert.setString(2, Base64.getEncoder().encodeToString(fresh));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM app.platform_secret WHERE name = ?")) {
                select.setString(1, KEY_NAME);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unsubscribe key", e);
        }
    }
}
