package fr.ccibusiness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the platform generates for itself (signing keys), kept in the database so that every
 * server of the platform shares them and they survive restarts. Created in a transaction of their
 * own: the first use must not lose the key if the caller's transaction rolls back.
 */
@ApplicationScoped
public class PlatformSecrets {

    private static final int KEY_BYTES = 32;

    @PersistenceContext
    private EntityManager em;

    /** The secret called {@code name}, 256 random bits created at first use, as bytes. */
    @Transactional(TxType.REQUIRES_NEW)
    public byte[] secret(String name) {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("INSERT INTO app.platform_secret (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        String value = (String) em.createNativeQuery("SELECT value FROM app.platform_secret WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        return Base64.getDecoder().decode(value);
    }
}
