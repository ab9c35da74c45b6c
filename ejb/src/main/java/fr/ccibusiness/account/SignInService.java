package fr.ccibusiness.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules around the container's sign-in: throttling before the realm is asked, the connection log
 * after, and telling an unconfirmed account why it was refused. The password itself is checked by
 * the realm ({@code HttpServletRequest.login}) in the page.
 * <p>
 * The throttle must not tell a registered address from an unknown one: attempts are counted by the
 * address typed (its key), whether an account has it or not, so both are refused alike.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final List<SignInOutcome> FAILURES = Arrays.stream(SignInOutcome.values())
            .filter(SignInOutcome::isFailure).toList();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private EmailKeys emailKeys;

    /**
     * Until when this attempt must be refused, if this account or address failed too often; a refused
     * attempt is logged as throttled, and the realm is not asked.
     */
    @PermitAll
    public Optional<Instant> throttledUntil(String email, String address) {
        Instant now = clock.instant();
        Account account = accounts.byEmail(email).orElse(null);
        String key = emailKeys.of(email);
        List<Instant> accountFailures = failuresOf(key, now);
        List<Instant> addressFailures = em.createNamedQuery("ConnectionLogEntry.failuresOfAddressSince", Instant.class)
                .setParameter("address", address).setParameter("since", now.minus(LoginThrottle.WINDOW))
                .setParameter("failures", FAILURES).getResultList();
        var blockedUntil = LoginThrottle.blockedUntil(accountFailures, addressFailures, now);
        if (blockedUntil.isPresent()) {
            em.persist(new ConnectionLogEntry(account, key, now, address, SignInOutcome.THROTTLED));
        }
        return blockedUntil;
    }

    @PermitAll
    public void recordSuccess(String email, String address) {
        Account account = accounts.byEmail(email).orElseThrow();
        em.persist(new ConnectionLogEntry(account, emailKeys.of(email), clock.instant(), address, SignInOutcome.SUCCESS));
    }

    /**
     * Logs a refused password and says why. {@link SignInOutcome#UNVERIFIED} and {@link SignInOutcome#LOCKED}
     * are only told to someone who typed the right password of an unconfirmed or locked account, so they
     * reveal nothing to a stranger. The
     * password is checked once whatever the address: against the unconfirmed account's hash, or else
     * against the decoy (a hash no password gives), so the time of the answer tells nothing either.
     */
    @PermitAll
    public SignInOutcome recordFailure(String email, String password, String address) {
        Account account = accounts.byEmail(email).orElse(null);
        String decoy = decoy();
        boolean locked = account != null && account.isLocked();
        boolean unconfirmed = account != null && account.getStatus() == AccountStatus.PENDING_VERIFICATION;
        boolean rightPassword = locked || unconfirmed ? account.passwordMatches(password) : PasswordHasher.matches(password, decoy);
        SignInOutcome outcome = !rightPassword ? SignInOutcome.BAD_CREDENTIALS
                : locked ? SignInOutcome.LOCKED : unconfirmed ? SignInOutcome.UNVERIFIED : SignInOutcome.BAD_CREDENTIALS;
        em.persist(new ConnectionLogEntry(account, emailKeys.of(email), clock.instant(), address, outcome));
        return outcome;
    }

    /**
     * Whether a signed-in account may go on using its session: not once it is locked (or erased). Asked
     * on each signed-in request, so a lock ends the person's sessions at their next click.
     */
    @PermitAll
    public boolean maySignedInContinue(String email) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM app.account WHERE email = ?1 AND locked_at IS NULL")
                .setParameter(1, email).getSingleResult()).longValue() > 0;
    }

    private String decoy() {
        return (String) em.createNativeQuery("SELECT password_hash FROM app.sign_in_decoy").getSingleResult();
    }

    private List<Instant> failuresOf(String key, Instant now) {
        Instant lastSuccess = em.createNamedQuery("ConnectionLogEntry.successesOfKey", Instant.class)
                .setParameter("key", key).setMaxResults(1).getResultStream().findFirst().orElse(null);
        Instant windowStart = now.minus(LoginThrottle.WINDOW);
        Instant since = lastSuccess != null && lastSuccess.isAfter(windowStart) ? lastSuccess : windowStart;
        return em.createNamedQuery("ConnectionLogEntry.failuresOfKeySince", Instant.class)
                .setParameter("key", key).setParameter("since", since)
                .setParameter("failures", FAILURES).getResultList();
    }
}
