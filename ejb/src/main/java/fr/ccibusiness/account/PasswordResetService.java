package fr.ccibusiness.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** "Forgot password": a one-hour, single-use link; the answer never says whether the address is known. */
@Stateless
@PermitAll
public class PasswordResetService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountMails mails;

    @Inject
    private Clock clock;

    @Inject
    private LinkRequests linkRequests;

    @Inject
    private RequestedLinks requestedLinks;

    /**
     * Has a reset link sent if the address has an account and is under the limits ({@link LinkRequests});
     * the caller answers the same in every case, and the link is issued and mailed after the answer.
     */
    @PermitAll
    public void requestReset(String email, String networkAddress) {
        if (linkRequests.allow(TokenPurpose.RESET_PASSWORD, email, networkAddress)) {
            requestedLinks.sendResetLink(email);
        }
    }

    @PermitAll
    public TokenState checkResetLink(String secret) {
        return accounts.tokenBySecret(secret)
                .map(token -> token.stateFor(TokenPurpose.RESET_PASSWORD, clock.instant()))
                .orElse(TokenState.INVALID);
    }

    /** Sets the new password and spends the link. Having read the mail also confirms the address. */
    @PermitAll
    public TokenState resetPassword(String secret, String newPassword) {
        PasswordRules.check(newPassword);
        Instant now = clock.instant();
        var token = accounts.tokenBySecret(secret).orElse(null);
        TokenState state = token == null ? TokenState.INVALID : token.stateFor(TokenPurpose.RESET_PASSWORD, now);
        if (state != TokenState.VALID) {
            return state;
        }
        Account account = token.getAccount();
        token.use(now);
        revokeOpenResets(account, now);
        account.changePasswordHash(PasswordHasher.hash(newPassword));
        account.confirmEmail(now);
        mails.passwordChanged(accounts.memberOf(account));
        return TokenState.VALID;
    }

    private void revokeOpenResets(Account account, Instant now) {
        em.createNamedQuery("AccountToken.revokeOpen").setParameter("now", now)
                .setParameter("account", account).setParameter("purpose", TokenPurpose.RESET_PASSWORD)
                .executeUpdate();
    }
}
