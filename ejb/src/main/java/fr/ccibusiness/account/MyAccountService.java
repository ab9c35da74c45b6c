package fr.ccibusiness.account;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.privacy.ConsentLedger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Mon compte": the signed-in person sees and changes their own account, and only theirs: every
 * method works on the caller of the container's security context, never on an id from the page.
 */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class MyAccountService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private ConsentLedger consents;

    @Inject
    private AccountMails mails;

    @Inject
    private AccountEraser eraser;

    @Inject
    private Clock clock;

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public MyAccount myAccount() {
        Account account = caller();
        Member member = accounts.memberOf(account);
        var consent = consents.latestOf(account);
        return new MyAccount(account, member,
                consent.map(c -> c.getPolicyVersion().getLabel()).orElse(null),
                consent.map(c -> c.getPolicyVersion().getPublishedOn()).orElse(null),
                consent.map(c -> c.getGivenAt()).orElse(null));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void rename(String lastName, String firstName) {
        accounts.memberOf(caller()).rename(lastName, firstName);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public ProfileForm myProfile() {
        return accounts.memberOf(caller()).toProfileForm();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void updateMyProfile(@NotNull @Valid ProfileForm profile) {
        accounts.memberOf(caller()).updateProfile(profile);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public SharingSettings mySharing() {
        return accounts.memberOf(caller()).toSharingSettings();
    }

    /** Who sees my contact e-mail, phone, "about me" and photo, and which e-mails I want about what is new. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void changeMySharing(@NotNull @Valid SharingSettings settings) {
        accounts.memberOf(caller()).changeSharing(settings);
    }

    /** Opposition (policy article 4): leave the directory, or come back to it. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void hideMeFromDirectory(boolean hidden) {
        accounts.memberOf(caller()).hideFromDirectory(hidden);
    }

    /** Replaces my photo with the upload, re-encoded without its metadata (or refused). */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void changeMyPhoto(byte[] upload) {
        Account account = caller();
        MemberPhoto photo = em.find(MemberPhoto.class, account.getId());
        if (photo == null) {
            em.persist(new MemberPhoto(account.getId(), upload, clock.instant()));
        } else {
            photo.replace(upload, clock.instant());
        }
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void removeMyPhoto() {
        em.createNamedQuery("MemberPhoto.deleteOfAccount").setParameter("accountId", caller().getId()).executeUpdate();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Optional<byte[]> myPhoto() {
        return Optional.ofNullable(em.find(MemberPhoto.class, caller().getId())).map(MemberPhoto::getContent);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void changeLanguage(Locale language) {
        caller().changeLanguage(language);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void changePassword(String currentPassword, String newPassword) {
        Account account = callerWithPassword(currentPassword);
        PasswordRules.check(newPassword);
        account.changePasswordHash(PasswordHasher.hash(newPassword));
        mails.passwordChanged(accounts.memberOf(account));
    }

    /** Sends a confirmation link to the new address; the change happens when it is followed. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void requestEmailChange(String newEmail, String currentPassword) {
        Account account = callerWithPassword(currentPassword);
        if (!EmailAddress.isValid(newEmail)) {
            throw new InvalidEmailException();
        }
        String normalized = EmailAddress.normalize(newEmail);
        if (normalized.equals(account.getEmail()) || accounts.byEmail(normalized).isPresent()) {
            throw new EmailUnavailableException();
        }
        Instant now = clock.instant();
        em.createNamedQuery("AccountToken.revokeOpen").setParameter("now", now)
                .setParameter("account", account).setParameter("purpose", TokenPurpose.CHANGE_EMAIL)
                .executeUpdate();
        var issued = AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, normalized, now);
        em.persist(issued.token());
        mails.emailChangeRequested(accounts.memberOf(account), normalized, issued.secret());
    }

    /**
     * Erases the account and every personal datum at once (policy article 3): each feature deletes its
     * part on {@link AccountErasure}, then the person and the account go. A confirmation is mailed to
     * the address the account had.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void deleteMyAccount(String currentPassword) {
        Account account = callerWithPassword(currentPassword);
        Member member = accounts.memberOf(account);
        em.detach(member);
        em.detach(account);
        eraser.erase(List.of(account.getId()));
        // After the erasure, which takes the mail still waiting for this address: this one is to leave.
        mails.accountDeleted(member, account.getEmail());
    }

    private Account caller() {
        return accounts.caller(context);
    }

    private Account callerWithPassword(String password) {
        Account account = caller();
        if (!account.passwordMatches(password)) {
            throw new WrongPasswordException();
        }
        return account;
    }
}
