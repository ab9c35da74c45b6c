package fr.ccibusiness.people;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountChange.Action;
import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountHistory;
import fr.ccibusiness.account.AccountStatus;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.RequestedLinks;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.consultation.BuyerOrganisation;
import fr.ccibusiness.consultation.Consultations;
import fr.ccibusiness.people.PersonCard.Change;
import fr.ccibusiness.people.PersonCard.Ref;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people console. Administrators reach every account; a CCI's staff the people of their CCIs
 * only (members of its communities, its staff, the buyers of its organisations), and another
 * account is the same "not found" as a missing one. Each page of the table shown and each export is
 * one row of the audit trail naming the people by their ids; each change is a line of the account's
 * history.
 * <p>
 * What staff may change is narrower than what they may see: they lock, unlock and send the
 * confirmation again to members (never to an administrator, a DPO or another staff member), and
 * appoint animators and buyers for their CCI's communities and organisations. Administrators also
 * grant the administrator and DPO roles and appoint staff; nobody locks themselves or takes back
 * their own administrator role.
 */
@Stateless
@RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
public class PeopleConsoleService {

    /** The largest page a table asks for; exports read in buffers of this size too. */
    public static final int MAX_PAGE = 5_000;
    private static final Set<Role> PRIVILEGED = EnumSet.of(Role.ADMIN, Role.DPO, Role.CCI_STAFF);
    private static final Set<Role> GRANTABLE = EnumSet.of(Role.ADMIN, Role.DPO);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountHistory history;

    @Inject
    private AuditTrail audit;

    @Inject
    private RequestedLinks links;

    @Inject
    private Clock clock;

    @Inject
    private Consultations consultations;

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public long count(PeopleFilter filter) {
        return ((Number) query(filter).count(em).getSingleResult()).longValue();
    }

    /**
     * A page of the table (sorted by name, email or createdAt) of {@code total} rows (as counted, or 0 when
     * unknown); the page shown is one audit row.
     */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public List<PersonLine> page(PeopleFilter filter, int first, int size, String sortBy, boolean ascending, long total) {
        List<PersonLine> page = lines(filter, first, size, sortBy, ascending, total);
        audit.readPage(caller(), callerRole(), page.stream().map(PersonLine::accountId).toList(), page.size() + " personne(s) affichée(s)",
                "console des personnes, à partir du n° " + (Math.max(0, first) + 1));
        return page;
    }

    /** A part of an export of the filtered table (CSV or Excel), written to the audit trail as an export. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public List<PersonLine> exportPart(PeopleFilter filter, int first, int size, String sortBy, boolean ascending, String format) {
        List<PersonLine> part = lines(filter, first, size, sortBy, ascending, 0);
        audit.readPage(caller(), callerRole(), part.stream().map(PersonLine::accountId).toList(), part.size() + " personne(s) exportée(s)",
                "export " + format + " de la console des personnes, lignes " + (Math.max(0, first) + 1) + " à " + (Math.max(0, first) + part.size()));
        return part;
    }

    /** One account with its appointments and history; the look is audited. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public PersonCard person(long accountId) {
        Account account = visible(accountId, LockModeType.NONE);
        Account me = caller();
        audit.read(me, callerRole(), List.of(account), "fiche de la console des personnes");
        return card(account, me);
    }

    /** The same account, for an export of its history (CSV or Excel): written to the audit trail as an export. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public PersonCard exportHistory(long accountId, String format) {
        Account account = visible(accountId, LockModeType.NONE);
        Account me = caller();
        audit.export(me, callerRole(), List.of(account.getId()), "historique de " + accounts.label(account),
                "export " + format + " de l’historique du compte, console des personnes");
        return card(account, me);
    }

    /** What the caller may appoint people to. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public Appointments appointments() {
        boolean admin = isAdmin();
        String ccis = admin ? null : myCcis();
        return new Appointments(
                refs("SELECT c.id, c.name FROM app.community c" + (admin ? "" : " WHERE c.cci_id = ANY(CAST(?1 AS BIGINT[]))")
                        + " ORDER BY c.name", ccis),
                admin ? refs("SELECT id, name FROM app.cci ORDER BY regional DESC, name", null) : List.of(),
                refs("SELECT o.id, o.name FROM app.buyer_organisation o" + (admin ? "" : " WHERE o.cci_id = ANY(CAST(?1 AS BIGINT[]))")
                        + " ORDER BY o.name", ccis));
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void lock(long accountId, String reason) {
        Account account = changeable(accountId);
        account.lock(reason, clock.instant());
        history.record(account, caller(), Action.LOCKED, account.getLockReason());
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void unlock(long accountId) {
        Account account = changeable(accountId);
        if (account.isLocked()) {
            account.unlock();
            history.record(account, caller(), Action.UNLOCKED, null);
        }
    }

    /** A new confirmation link to an account still waiting for its confirmation (sent by the outbox). */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void resendConfirmation(long accountId) {
        Account account = changeable(accountId);
        if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            throw new PeopleConsoleException("people.confirmation.notPending");
        }
        history.record(account, caller(), Action.CONFIRMATION_RESENT, account.getEmail());
        links.sendConfirmationLink(account.getEmail());
    }

    /** The administrator or DPO role. */
    @RolesAllowed(Names.ADMIN)
    public void grant(long accountId, Role role) {
        Account account = grantable(accountId, role);
        if (!account.isActive()) {
            throw new PeopleConsoleException("people.role.notActive");
        }
        if (!account.getRoles().contains(role)) {
            account.grant(role);
            history.record(account, caller(), Action.ROLE_GRANTED, role.realmName());
        }
    }

    @RolesAllowed(Names.ADMIN)
    public void revoke(long accountId, Role role) {
        Account account = grantable(accountId, role);
        if (role == Role.ADMIN && account.getId().equals(caller().getId())) {
            throw new PeopleConsoleException("people.role.self");
        }
        if (account.getRoles().contains(role)) {
            account.revoke(role);
            history.record(account, caller(), Action.ROLE_REVOKED, role.realmName());
        }
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void appointAnimator(long accountId, long communityId) {
        Account account = activeToChange(accountId);
        Community community = managedCommunity(communityId);
        if (!community.isAnimatedBy(account)) {
            community.addAnimator(account);
            history.record(account, caller(), Action.ANIMATOR_APPOINTED, community.getName());
        }
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void removeAnimator(long accountId, long communityId) {
        Account account = toChange(accountId);
        Community community = managedCommunity(communityId);
        if (community.isAnimatedBy(account)) {
            community.removeAnimator(account);
            revokeIfNoneLeft(account, Role.ANIMATOR, "community_animator");
            history.record(account, caller(), Action.ANIMATOR_REMOVED, community.getName());
        }
    }

    @RolesAllowed(Names.ADMIN)
    public void appointStaff(long accountId, long cciId) {
        Account account = activeToChange(accountId);
        Cci cci = found(em.find(Cci.class, cciId));
        if (!cci.isServedBy(account)) {
            cci.addStaff(account);
            history.record(account, caller(), Action.STAFF_APPOINTED, cci.getName());
        }
    }

    @RolesAllowed(Names.ADMIN)
    public void removeStaff(long accountId, long cciId) {
        Account account = toChange(accountId);
        Cci cci = found(em.find(Cci.class, cciId));
        if (cci.isServedBy(account)) {
            cci.removeStaff(account);
            revokeIfNoneLeft(account, Role.CCI_STAFF, "cci_staff");
            history.record(account, caller(), Action.STAFF_REMOVED, cci.getName());
        }
    }

    /** Makes the person a buyer of the organisation; a buyer belongs to one organisation at a time. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void appointBuyer(long accountId, long organisationId) {
        Account account = activeToChange(accountId);
        BuyerOrganisation organisation = managedOrganisation(organisationId);
        if (organisation.hasBuyer(account)) {
            return;
        }
        if (consultations.organisationOf(account).isPresent()) {
            throw new PeopleConsoleException("buyer.email.otherOrganisation");
        }
        organisation.addBuyer(account);
        history.record(account, caller(), Action.BUYER_APPOINTED, organisation.getName());
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void removeBuyer(long accountId, long organisationId) {
        Account account = toChange(accountId);
        BuyerOrganisation organisation = managedOrganisation(organisationId);
        if (organisation.hasBuyer(account)) {
            organisation.removeBuyer(account);
            history.record(account, caller(), Action.BUYER_REMOVED, organisation.getName());
        }
    }

    // --- reading -----------------------------------------------------------------------------

    private List<PersonLine> lines(PeopleFilter filter, int first, int size, String sortBy, boolean ascending, long total) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(filter).page(em, sortBy, ascending, first, Math.min(Math.max(1, size), MAX_PAGE), total)
                .getResultList();
        return rows.stream().map(PeopleConsoleService::line).toList();
    }

    private static PersonLine line(Object[] row) {
        PersonStatus status = row[4] != null ? PersonStatus.LOCKED
                : "ACTIVE".equals(row[3]) ? PersonStatus.ACTIVE : PersonStatus.PENDING;
        Set<Role> roles = row[6] == null ? EnumSet.noneOf(Role.class) : Arrays.stream(((String) row[6]).split(" "))
                .map(Role::ofRealmName).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new PersonLine(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[7], roles, status,
                ((Timestamp) row[5]).toInstant());
    }

    private PeopleQuery query(PeopleFilter filter) {
        return new PeopleQuery(filter == null ? PeopleFilter.NONE : filter, isAdmin() ? null : myCcis());
    }

    private PersonCard card(Account account, Account me) {
        PersonStatus status = account.isLocked() ? PersonStatus.LOCKED
                : account.isActive() ? PersonStatus.ACTIVE : PersonStatus.PENDING;
        String id = AccountEraser.array(List.of(account.getId()));
        List<Change> changes = history.of(account).stream().map(c -> new Change(c.getOccurredAt(), c.getActorLabel(),
                c.getAction().name(), c.getDetail())).toList();
        List<Ref> buyerOf = refs("SELECT o.id, o.name FROM app.buyer_member b JOIN app.buyer_organisation o ON o.id = b.organisation_id"
                + " WHERE b.account_id = ANY(CAST(?1 AS BIGINT[]))", id);
        return new PersonCard(account.getId(), accounts.memberOf(account).getDisplayName(), account.getEmail(), status,
                account.getCreatedAt(), account.getVerifiedAt(), account.getLockedAt(), account.getLockReason(), account.getRoles(),
                names("SELECT c.legal_name FROM app.company_link l JOIN app.company c ON c.id = l.company_id"
                        + " WHERE l.account_id = ANY(CAST(?1 AS BIGINT[])) AND l.status = 'APPROVED' ORDER BY c.legal_name", id),
                names("SELECT c.name FROM app.membership m JOIN app.community c ON c.id = m.community_id"
                        + " WHERE m.account_id = ANY(CAST(?1 AS BIGINT[])) AND m.status = 'ACTIVE' ORDER BY c.name", id),
                refs("SELECT c.id, c.name FROM app.community_animator a JOIN app.community c ON c.id = a.community_id"
                        + " WHERE a.account_id = ANY(CAST(?1 AS BIGINT[])) ORDER BY c.name", id),
                refs("SELECT c.id, c.name FROM app.cci_staff s JOIN app.cci c ON c.id = s.cci_id"
                        + " WHERE s.account_id = ANY(CAST(?1 AS BIGINT[])) ORDER BY c.name", id),
                buyerOf.isEmpty() ? null : buyerOf.get(0), changes, mayChange(account, me), isAdmin());
    }

    private List<Ref> refs(String sql, String parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Ref(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String sql, String parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    /** Takes the role back once the account holds no appointment of this kind ({@code table}) any more. */
    private void revokeIfNoneLeft(Account account, Role role, String table) {
        em.flush();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM app." + table + " WHERE account_id = ?1")
                .setParameter(1, account.getId()).getSingleResult()).longValue() == 0) {
            account.revoke(role);
        }
    }

    // --- who may do what ---------------------------------------------------------------------

    /** The account, if the caller may see it, to be changed: its row locked till the end of the transaction. */
    private Account toChange(long accountId) {
        return visible(accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The account, if the caller may see it; the same exception for a missing one. */
    private Account visible(long accountId, LockModeType lock) {
        Account account = em.find(Account.class, accountId, lock);
        if (account == null || !(isAdmin() || ((Number) new PeopleQuery(PeopleFilter.NONE, myCcis()).onlyAccount(accountId)
                .count(em).getSingleResult()).longValue() > 0)) {
            throw new AccountNotFoundException();
        }
        return account;
    }

    private Account activeToChange(long accountId) {
        Account account = toChange(accountId);
        if (!account.isActive() || account.isLocked()) {
            throw new PeopleConsoleException("people.role.notActive");
        }
        return account;
    }

    /** The account, if the caller may lock, unlock or write to it. */
    private Account changeable(long accountId) {
        Account account = toChange(accountId);
        if (!mayChange(account, caller())) {
            throw new PeopleConsoleException(account.getId().equals(caller().getId()) ? "people.self" : "people.privileged");
        }
        return account;
    }

    private boolean mayChange(Account account, Account me) {
        if (account.getId().equals(me.getId())) {
            return false;
        }
        return isAdmin() || account.getRoles().stream().noneMatch(PRIVILEGED::contains);
    }

    private Account grantable(long accountId, Role role) {
        if (!GRANTABLE.contains(role)) {
            throw new PeopleConsoleException("people.role.notGrantable");
        }
        return toChange(accountId);
    }

    private Community managedCommunity(long communityId) {
        Community community = found(em.find(Community.class, communityId));
        if (!isAdmin() && !community.getCci().isServedBy(caller())) {
            throw new AccountNotFoundException();
        }
        return community;
    }

    private BuyerOrganisation managedOrganisation(long organisationId) {
        BuyerOrganisation organisation = found(em.find(BuyerOrganisation.class, organisationId));
        if (!isAdmin() && !organisation.getCci().isServedBy(caller())) {
            throw new AccountNotFoundException();
        }
        return organisation;
    }

    private static <T> T found(T thing) {
        if (thing == null) {
            throw new AccountNotFoundException();
        }
        return thing;
    }

    private String myCcis() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT cci_id FROM app.cci_staff WHERE account_id = ?1")
                .setParameter(1, caller().getId()).getResultList();
        return AccountEraser.array(ids.stream().map(Number::longValue).toList());
    }

    private boolean isAdmin() {
        return context.isCallerInRole(Names.ADMIN);
    }

    private Role callerRole() {
        return isAdmin() ? Role.ADMIN : Role.CCI_STAFF;
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
