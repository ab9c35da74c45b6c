package fr.ccibusiness.community;

import fr.ccibusiness.platform.Words;
import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.ProfileForm;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.company.CompanyForm;
import fr.ccibusiness.company.CompanyLink;
import fr.ccibusiness.company.CompanyService;
import fr.ccibusiness.directory.DirectoryChanged;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Joining and leaving communities, and their animation. An animator acts only in the communities
 * they animate, CCI staff only in those of their CCI: both checked here, whatever page calls.
 */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class CommunityService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private CompanyService companies;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    @Inject
    private CommunityCatalogue catalogue;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** Every community, for anyone: names, descriptions and rules are public. */
    @PermitAll
    public List<Community> catalogue() {
        return catalogue.get(() -> em.createNamedQuery("Community.catalogue", Community.class).getResultList());
    }

    @PermitAll
    public Community community(long communityId) {
        return Optional.ofNullable(em.find(Community.class, communityId)).orElseThrow(CommunityNotFoundException::new);
    }

    /** What the caller still has to complete before this community admits them. */
    @RolesAllowed(Names.MEMBER)
    public List<AdmissionRequirement> missingRequirements(long communityId) {
        Community community = community(communityId);
        ProfileForm profile = accounts.memberOf(caller()).toProfileForm();
        List<CompanyForm> approved = companies.myCompanies().stream().filter(CompanyLink::isApproved)
                .map(link -> link.getCompany().toForm()).toList();
        return Arrays.stream(AdmissionRequirement.values())
                .filter(community.getRequirements()::contains)
                .filter(requirement -> !requirement.isMetBy(profile, approved))
                .toList();
    }

    /**
     * Joins (open community) or asks to join (approval); either way refused with the list of missing
     * fields when the requirements are not met. An active member is subscribed to the newsletter.
     */
    @RolesAllowed(Names.MEMBER)
    public MembershipStatus joinCommunity(long communityId) {
        List<AdmissionRequirement> missing = missingRequirements(communityId);
        if (!missing.isEmpty()) {
            throw new MissingRequirementsException(missing);
        }
        Community community = community(communityId);
        Account account = caller();
        Instant now = clock.instant();
        Optional<Membership> existing = membership(community, account);
        Membership membership;
        if (existing.isPresent()) {
            membership = existing.get();
            membership.request(now);
        } else {
            membership = new Membership(community, account, now);
            em.persist(membership);
        }
        directoryChanged.fire(new DirectoryChanged());
        if (membership.isActive()) {
            subscribe(community, account, now);
        } else {
            String applicant = accounts.memberOf(account).getDisplayName();
            for (Account animator : animatorsOf(community)) {
                outbox.fire(composer.compose(animator.getEmail(), animator.getLocale(), "membership-requested",
                        settings.baseUrl() + "/animation/index.xhtml", accounts.memberOf(animator).getFirstName(),
                        applicant, community.getName()));
            }
        }
        return membership.getStatus();
    }

    /** Leaving ends the membership (or the pending request) and the newsletter at once. */
    @RolesAllowed(Names.MEMBER)
    public void leaveCommunity(long communityId) {
        Community community = community(communityId);
        Account account = caller();
        Instant now = clock.instant();
        membership(community, account).ifPresent(m -> m.leave(now));
        directoryChanged.fire(new DirectoryChanged());
        subscription(community, account).ifPresent(s -> s.unsubscribe(now));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<Membership> myMemberships() {
        return em.createNamedQuery("Membership.ofAccount", Membership.class).setParameter("account", caller())
                .getResultList();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Optional<Membership> myMembership(long communityId) {
        return membership(community(communityId), caller());
    }

    /** The communities the caller animates (all of them for an administrator). */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public List<Community> animatedCommunities() {
        if (context.isCallerInRole(Role.ADMIN.realmName())) {
            return catalogue();
        }
        return em.createNamedQuery("Community.animatedBy", Community.class).setParameter("account", caller())
                .getResultList();
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public List<Membership> pendingRequests(long communityId) {
        Community community = animated(communityId);
        List<Membership> requests = withStatus(community, MembershipStatus.REQUESTED);
        audit.read(caller(), consoleRole(community), requests.stream().map(Membership::getAccount).toList(),
                "demandes d’adhésion à « " + community.getName() + " »");
        return requests;
    }

    /** Approves or refuses a request; the person is told by e-mail, with the animator's message. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void decideMembership(long membershipId, boolean approve, String message) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null) {
            throw new CommunityNotFoundException();
        }
        Community community = animated(membership.getCommunity().getId());
        Instant now = clock.instant();
        membership.decide(approve, message, now);
        directoryChanged.fire(new DirectoryChanged());
        Account person = membership.getAccount();
        if (approve) {
            subscribe(community, person, now);
        }
        String note = membership.getDecisionMessage() == null ? "" : membership.getDecisionMessage();
        outbox.fire(composer.compose(person.getEmail(), person.getLocale(),
                approve ? "membership-approved" : "membership-refused", settings.baseUrl() + "/community.xhtml?id="
                        + community.getId(), accounts.memberOf(person).getFirstName(), community.getName(), note));
    }

    /** The columns the member list may be sorted by, and what they sort in the query. */
    private static final Map<String, String> MEMBER_SORTS = Map.of("name", "p.last_name, p.first_name", "email", "a.email",
            "since", "m.decided_at");

    /**
     * How many active members match {@code filter} (a part of their name or address, or everyone), for
     * the community's animators, the staff of its CCI and administrators only.
     */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN})
    public long memberCount(long communityId, String filter) {
        Community community = listable(communityId);
        return ((Number) memberQuery("SELECT count(*)", community, filter, "").getSingleResult()).longValue();
    }

    /**
     * A page of the active members (sorted by {@code sortBy}: name, email or since), for the same people;
     * the page shown is one row of the audit trail, naming its people by their ids.
     */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN})
    public List<MemberLine> memberPage(long communityId, String filter, int first, int size, String sortBy, boolean ascending) {
        Community community = listable(communityId);
        List<MemberLine> page = members(community, filter, first, Math.min(size, 200), sortBy, ascending);
        audit.readPage(caller(), consoleRole(community), page.stream().map(MemberLine::accountId).toList(),
                page.size() + " membre(s) affiché(s)", "liste des membres de « " + community.getName() + " », à partir du n° "
                        + (Math.max(0, first) + 1));
        return page;
    }

    /** A part of an export (CSV or Excel) of the member list as filtered, written to the audit trail as an export. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN})
    public List<MemberLine> memberExportPart(long communityId, String filter, int first, int size, String sortBy, boolean ascending,
            String format) {
        Community community = listable(communityId);
        List<MemberLine> part = members(community, filter, first, Math.min(size, 5_000), sortBy, ascending);
        audit.readPage(caller(), consoleRole(community), part.stream().map(MemberLine::accountId).toList(),
                part.size() + " membre(s) exporté(s)", "export " + format + " de la liste des membres de « " + community.getName()
                        + " », lignes " + (Math.max(0, first) + 1) + " à " + (Math.max(0, first) + part.size()));
        return part;
    }

    private List<MemberLine> members(Community community, String filter, int first, int size, String sortBy, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + Arrays.stream(MEMBER_SORTS.getOrDefault(sortBy, MEMBER_SORTS.get("name")).split(", "))
                .map(column -> column + direction).collect(Collectors.joining(", ")) + ", a.id" + direction;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = memberQuery("SELECT a.id, p.first_name || ' ' || p.last_name, a.email, m.decided_at", community,
                filter, order + " LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, first)).getResultList();
        return rows.stream().map(row -> new MemberLine(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], row[3] == null ? null : ((java.sql.Timestamp) row[3]).toInstant())).toList();
    }

    private jakarta.persistence.Query memberQuery(String select, Community community, String filter, String tail) {
        boolean filtered = filter != null && !filter.isBlank();
        jakarta.persistence.Query query = em.createNativeQuery(select + " FROM app.membership m JOIN app.account a ON a.id = m.account_id"
                + " JOIN app.member p ON p.account_id = a.id WHERE m.community_id = ?1 AND m.status = 'ACTIVE'"
                + (filtered ? " AND (lower(a.email) LIKE ?2 OR lower(p.first_name || ' ' || p.last_name) LIKE ?2)" : "") + tail)
                .setParameter(1, community.getId());
        if (filtered) {
            query.setParameter(2, Words.likeContaining(filter));
        }
        return query;
    }

    /** A community whose member list the caller may read: they animate it, serve its CCI, or administer the platform. */
    private Community listable(long communityId) {
        Community community = community(communityId);
        Account account = caller();
        boolean allowed = context.isCallerInRole(Role.ADMIN.realmName()) || community.isAnimatedBy(account)
                || community.getCci().isServedBy(account);
        if (!allowed) {
            throw new CommunityNotFoundException();
        }
        return community;
    }

    /** The capacity in which the caller reads a community's people, for the audit trail. */
    private Role consoleRole(Community community) {
        if (context.isCallerInRole(Role.ADMIN.realmName())) {
            return Role.ADMIN;
        }
        return community.isAnimatedBy(caller()) ? Role.ANIMATOR : Role.CCI_STAFF;
    }

    private Community animated(long communityId) {
        Community community = community(communityId);
        if (!context.isCallerInRole(Role.ADMIN.realmName()) && !community.isAnimatedBy(caller())) {
            throw new CommunityNotFoundException();
        }
        return community;
    }

    /** The person is now a member: their newsletter subscription starts, and any retention warning is void. */
    private void subscribe(Community community, Account account, Instant now) {
        em.createNativeQuery("UPDATE app.account SET retention_warned_at = NULL WHERE id = ?1")
                .setParameter(1, account.getId()).executeUpdate();
        Optional<NewsletterSubscription> existing = subscription(community, account);
        if (existing.isPresent()) {
            existing.get().resubscribe(now, NewsletterSubscription.SOURCE_JOIN);
        } else {
            em.persist(new NewsletterSubscription(community, account, now, NewsletterSubscription.SOURCE_JOIN));
        }
    }

    private List<Account> animatorsOf(Community community) {
        return em.createQuery("SELECT a FROM Community c JOIN c.animators a WHERE c = :community", Account.class)
                .setParameter("community", community).getResultList();
    }

    private List<Membership> withStatus(Community community, MembershipStatus status) {
        return em.createNamedQuery("Membership.ofCommunityWithStatus", Membership.class)
                .setParameter("community", community).setParameter("status", status).getResultList();
    }

    private Optional<Membership> membership(Community community, Account account) {
        return em.createNamedQuery("Membership.ofCommunityAndAccount", Membership.class)
                .setParameter("community", community).setParameter("account", account).getResultStream().findFirst();
    }

    private Optional<NewsletterSubscription> subscription(Community community, Account account) {
        return em.createNamedQuery("NewsletterSubscription.ofCommunityAndAccount", NewsletterSubscription.class)
                .setParameter("community", community).setParameter("account", account).getResultStream().findFirst();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
