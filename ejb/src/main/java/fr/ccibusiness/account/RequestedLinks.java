package fr.ccibusiness.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The links people ask for by e-mail ("forgot password", "send the confirmation again"), issued and
 * mailed on a thread of their own once the request's limits let them ({@link LinkRequests}): the page
 * answers without waiting, in the same time whether the address is registered or not. Callable by
 * anyone, as the pages that ask: a link only ever goes to the account's own mailbox.
 */
@Stateless
public class RequestedLinks {

    @Inject
    private Accounts accounts;

    @Inject
    private AccountMails mails;

    @Inject
    private Clock clock;

    /** A password reset link, if the address has an account. */
    @Asynchronous
    @PermitAll
    public void sendResetLink(String email) {
        accounts.byEmail(email).ifPresent(account -> mails.passwordReset(accounts.memberOf(account),
                accounts.issueLink(account, TokenPurpose.RESET_PASSWORD, clock.instant())));
    }

    /** A new confirmation link, if the address has an account still waiting for its confirmation. */
    @Asynchronous
    @PermitAll
    public void sendConfirmationLink(String email) {
        accounts.byEmail(email)
                .filter(account -> account.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(account -> mails.verification(accounts.memberOf(account),
                        accounts.issueLink(account, TokenPurpose.VERIFY_EMAIL, clock.instant())));
    }
}
