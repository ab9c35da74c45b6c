package fr.ccibusiness.account;

import fr.ccibusiness.platform.PlatformSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of a typed e-mail address (HMAC-SHA-256 with a platform secret, in hex): what the throttles
 * count attempts by, registered address or not, without keeping the addresses people typed.
 */
@ApplicationScoped
public class EmailKeys {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    private PlatformSecrets secrets;

    private volatile SecretKeySpec key;

    public String of(String normalizedEmail) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(normalizedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java platform", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(secrets.secret("email-key"), ALGORITHM);
            key = known;
        }
        return known;
    }
}
