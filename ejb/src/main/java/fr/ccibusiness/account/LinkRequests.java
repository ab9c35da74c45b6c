package fr.ccibusiness.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits on links sent by e-mail on request ("forgot password", "resend the confirmation"), counted
 * by the address typed (its key) and by network address, registered address or not: so the limits
 * tell nothing, and nobody can flood a mailbox. A request past a limit is answered as any other, and
 * sends nothing. A request older than a day is deleted by the next request (and with the account of
 * the address it typed).
 */
@Dependent
public class LinkRequests {

    static final Duration WINDOW = Duration.ofHours(1);
    /** Links one address may be sent per hour, whoever asks. */
    static final int PER_TARGET = 3;
    /** Requests one network address may make per hour, whatever addresses it types. */
    static final int PER_NETWORK_ADDRESS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EmailKeys emailKeys;

    @Inject
    private Clock clock;

    /** Records the request; whether a link may be sent for it. */
    boolean allow(TokenPurpose purpose, String email, String networkAddress) {
        Instant now = clock.instant();
        String key = emailKeys.of(EmailAddress.normalize(email));
        String address = ConnectionLogEntry.networkAddress(networkAddress);
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        em.createNativeQuery("DELETE FROM app.link_request WHERE requested_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1)))).executeUpdate();
        long forTarget = count("SELECT count(*) FROM app.link_request WHERE email_key = ?1 AND purpose = ?2"
                + " AND requested_at > ?3", key, purpose.name(), since);
        long fromAddress = count("SELECT count(*) FROM app.link_request WHERE address = ?1 AND requested_at > ?2",
                address, since);
        em.createNativeQuery("INSERT INTO app.link_request (purpose, email_key, address, requested_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, purpose.name()).setParameter(2, key).setParameter(3, address)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        return forTarget < PER_TARGET && fromAddress < PER_NETWORK_ADDRESS;
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
