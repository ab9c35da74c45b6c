package fr.ccibusiness.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The links people ask for by e-mail ("forgot password", "send the confirmation again"), issued and
 * mailed on a thread of their own once the request's limits let them ({@link LinkRequests}): the page
 * answers without waiting, in the same time whether the address is registered or not. The link is
 * issued {@value #DELAY_MILLIS} ms after the request, past its answer and the page it redirects to: issued
 * at once, its work (the account read, the token, the mail queued) ran beside the answer for a registered
 * address only, and made that answer measurably slower (RegisteredOrNotIT: 9 ms of 34). Callable by
 * anyone, as the pages that ask: a link only ever goes to the account's own mailbox.
 */
@Stateless
public class RequestedLinks {

    /** How long after the request its link is issued. */
    static final long DELAY_MILLIS = 500;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountMails mails;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private SessionContext context;

    /** A password reset link, if the address has an account. */
    @PermitAll
    public void sendResetLink(String email) {
        later(links -> links.issueResetLink(email));
    }

    /** A new confirmation link, if the address has an account still waiting for its confirmation. */
    @PermitAll
    public void sendConfirmationLink(String email) {
        later(links -> links.issueConfirmationLink(email));
    }

    /** Issues and queues the reset link now (in a transaction of its own: called through the bean). */
    @PermitAll
    public void issueResetLink(String email) {
        accounts.byEmail(email).ifPresent(account -> mails.passwordReset(accounts.memberOf(account),
                accounts.issueLink(account, TokenPurpose.RESET_PASSWORD, clock.instant())));
    }

    /** Issues and queues the confirmation link now (in a transaction of its own: called through the bean). */
    @PermitAll
    public void issueConfirmationLink(String email) {
        accounts.byEmail(email)
                .filter(account -> account.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(account -> mails.verification(accounts.memberOf(account),
                        accounts.issueLink(account, TokenPurpose.VERIFY_EMAIL, clock.instant())));
    }

    private void later(Consumer<RequestedLinks> issue) {
        RequestedLinks self = context.getBusinessObject(RequestedLinks.class);
        scheduler.schedule(() -> {
            try {
                issue.accept(self);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "A link asked for by e-mail could not be issued", e);
            }
        }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }
}
