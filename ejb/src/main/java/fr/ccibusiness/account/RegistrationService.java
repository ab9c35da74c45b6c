package fr.ccibusiness.account;

import fr.ccibusiness.privacy.ConsentLedger;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Registration, e-mail confirmation and "send the link again". Whether an address is registered is
 * never revealed here: a second registration with the same address gets the same answer, and the
 * owner of the address is told by e-mail instead.
 */
@Stateless
@PermitAll
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private LinkRequests linkRequests;

    @Inject
    private RequestedLinks requestedLinks;

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private ConsentLedger consents;

    @Inject
    private AccountMails mails;

    @Inject
    private Clock clock;

    @PermitAll
    public void register(@NotNull @Valid Registration registration, Locale language) {
        if (!registration.isConsent()) {
            throw new ConsentRequiredException();
        }
        PasswordRules.check(registration.getPassword());
        var policy = policies.currentPolicy().orElseThrow(RegistrationClosedException::new);
        // Hashed before looking the address up, so both answers take the same time.
        String passwordHash = PasswordHasher.hash(registration.getPassword());
        Instant now = clock.instant();
        var existing = accounts.byEmail(registration.getEmail());
        if (existing.isPresent()) {
            Member owner = accounts.memberOf(existing.get());
            if (existing.get().isActive()) {
                mails.alreadyRegistered(owner);
            } else {
                sendVerification(owner, now);
            }
            return;
        }
        Account account = Account.register(registration.getEmail(), passwordHash, language, now);
        em.persist(account);
        Member member = new Member(account, registration.getLastName(), registration.getFirstName());
        em.persist(member);
        consents.record(account, policy);
        sendVerification(member, now);
    }

    /** Follows a link from a verification or change-of-address e-mail. */
    @PermitAll
    public EmailConfirmation confirmEmail(String secret) {
        var found = accounts.tokenBySecret(secret);
        if (found.isEmpty()) {
            return EmailConfirmation.INVALID;
        }
        AccountToken token = found.get();
        Instant now = clock.instant();
        if (token.stateFor(TokenPurpose.VERIFY_EMAIL, now) == TokenState.VALID) {
            token.use(now);
            token.getAccount().confirmEmail(now);
            return EmailConfirmation.ACCOUNT_VERIFIED;
        }
        if (token.stateFor(TokenPurpose.CHANGE_EMAIL, now) == TokenState.VALID) {
            token.use(now);
            if (accounts.byEmail(token.getNewEmail()).isPresent()) {
                return EmailConfirmation.EMAIL_TAKEN;
            }
            Account account = token.getAccount();
            account.changeEmail(token.getNewEmail());
            // Following the link proves the person reads that mailbox.
            account.confirmEmail(now);
            return EmailConfirmation.EMAIL_CHANGED;
        }
        boolean expired = token.stateFor(TokenPurpose.VERIFY_EMAIL, now) == TokenState.EXPIRED
                || token.stateFor(TokenPurpose.CHANGE_EMAIL, now) == TokenState.EXPIRED;
        return expired ? EmailConfirmation.EXPIRED : EmailConfirmation.INVALID;
    }

    /** Has a fresh confirmation link sent to an unconfirmed account, after the answer; silent for any other address. */
    @PermitAll
    public void resendVerification(String email, String networkAddress) {
        if (linkRequests.allow(TokenPurpose.VERIFY_EMAIL, email, networkAddress)) {
            requestedLinks.sendConfirmationLink(email);
        }
    }

    private void sendVerification(Member member, Instant now) {
        mails.verification(member, accounts.issueLink(member.getAccount(), TokenPurpose.VERIFY_EMAIL, now));
    }
}
