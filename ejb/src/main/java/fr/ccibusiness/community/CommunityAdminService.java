package fr.ccibusiness.community;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountChange;
import fr.ccibusiness.account.AccountHistory;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.EmailUnavailableException;
import fr.ccibusiness.account.Role;
import jakarta.annotation.security.RolesAllowed;
import fr.ccibusiness.directory.DirectoryChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/** The administrator's side: communities of each CCI, their animators, and each CCI's staff. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CommunityAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    @Inject
    private Clock clock;

    @Inject
    private AccountHistory history;

    @Resource
    private SessionContext context;

    /** Adds a CCI of the network; its code is its stable identifier. */
    @RolesAllowed(Role.Names.ADMIN)
    public Cci createCci(String code, String name, String city) {
        String cleanCode = code == null ? "" : code.strip().toLowerCase();
        if (!cleanCode.matches("[a-z0-9-]{2,40}") || name == null || name.isBlank() || name.length() > Cci.NAME_MAX
                || city == null || city.isBlank() || city.length() > 100
                || !em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", cleanCode).getResultList().isEmpty()) {
            throw new InvalidCommunityException();
        }
        Cci cci = new Cci(cleanCode, name.strip(), city.strip(), false);
        em.persist(cci);
        em.flush();
        return cci;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Community createCommunity(@NotNull @Valid CommunityForm form) {
        Cci cci = Optional.ofNullable(em.find(Cci.class, form.getCciId())).orElseThrow(CommunityNotFoundException::new);
        if (!em.createNamedQuery("Community.byName", Community.class).setParameter("name", form.getName().strip())
                .getResultList().isEmpty()) {
            throw new InvalidCommunityException();
        }
        Community community = new Community(cci, form.getKind(), form.getName(), form.getDescription(),
                form.getJoinPolicy(), form.getDepartmentCode(), requirementsOf(form), clock.instant());
        em.persist(community);
        em.flush();
        directoryChanged.fire(new DirectoryChanged());
        return community;
    }

    /** Names an animator by the e-mail of an existing, confirmed account; it gains the animator role. */
    @RolesAllowed(Role.Names.ADMIN)
    public void appointAnimator(long communityId, String email) {
        Community community = Optional.ofNullable(em.find(Community.class, communityId))
                .orElseThrow(CommunityNotFoundException::new);
        Account account = activeAccount(email);
        community.addAnimator(account);
        history.record(account, signedIn(), AccountChange.Action.ANIMATOR_APPOINTED, community.getName());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void appointStaff(long cciId, String email) {
        Cci cci = Optional.ofNullable(em.find(Cci.class, cciId)).orElseThrow(CommunityNotFoundException::new);
        Account account = activeAccount(email);
        cci.addStaff(account);
        history.record(account, signedIn(), AccountChange.Action.STAFF_APPOINTED, cci.getName());
    }

    /** The administrator who acts, or nobody when the platform does (the demo data, loaded at start-up). */
    private Account signedIn() {
        return accounts.byEmail(context.getCallerPrincipal().getName()).orElse(null);
    }

    private Account activeAccount(String email) {
        return accounts.byEmail(email).filter(Account::isActive).orElseThrow(EmailUnavailableException::new);
    }

    private static EnumSet<AdmissionRequirement> requirementsOf(CommunityForm form) {
        return form.getRequirements().isEmpty() ? EnumSet.noneOf(AdmissionRequirement.class)
                : EnumSet.copyOf(form.getRequirements());
    }
}
