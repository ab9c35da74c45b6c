package fr.ccibusiness.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void storesTheRealmFormatWithOwaspIterationsAndARandomSalt() {
        String hash = PasswordHasher.hash("correct horse battery");
        String[] parts = hash.split(":");

        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "SCRAM-SHA-256 verifies a 256-bit key");
        assertNotEquals(hash, PasswordHasher.hash("correct horse battery"), "salted");
    }

    @Test
    void matchesOnlyTheSamePassword() {
        String hash = PasswordHasher.hash("Mot de passe très sûr");

        assertTrue(PasswordHasher.matches("Mot de passe très sûr", hash));
        assertFalse(PasswordHasher.matches("Mot de passe tres sur", hash));
        assertFalse(PasswordHasher.matches(null, hash));
        assertFalse(PasswordHasher.matches("x", "not-a-hash"));
    }

    /** The realm's SCRAM-SHA-256 (Elytron's own class, the one the warm-up compiles) finds what this class stored. */
    @Test
    void theRealmDerivesTheStoredHashFromTheSamePassword() {
        for (String password : new String[] {"Demo-CCI-Business-2026", "Mot de passe très sûr, ça ôté"}) {
            String[] parts = PasswordHasher.hash(password).split(":");
            byte[] salt = Base64.getDecoder().decode(parts[2]);

            assertArrayEquals(Base64.getDecoder().decode(parts[3]), PasswordDerivationWarmUp.derive(password, salt, Integer.parseInt(parts[1])));
        }
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsTheirDigest() {
        String token = PasswordHasher.randomToken();

        assertEquals(43, token.length(), "256 bits, base64url");
        assertNotEquals(token, PasswordHasher.randomToken());
        assertEquals(64, PasswordHasher.sha256Hex(token).length());
        assertEquals(PasswordHasher.sha256Hex(token), PasswordHasher.sha256Hex(token));
    }
}
