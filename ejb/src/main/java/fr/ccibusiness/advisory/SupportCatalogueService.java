package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.company.CompanyLink;
import fr.ccibusiness.company.CompanyLinkStatus;
import fr.ccibusiness.platform.Html;
import fr.ccibusiness.platform.Words;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CCIs' catalogues: searched and filtered by anyone (a visitor sees the services open to every
 * member; a member also those of their communities; staff every service of their CCI, withdrawn ones
 * too), and kept by the CCIs' staff, each for their own CCI only (administrators for all). The CCI
 * check is made here at each call, whatever id a page sends.
 */
@Stateless
public class SupportCatalogueService {

    static final int EXCERPT = 220;
    /** Each listed service's communities, read for the whole list in one query rather than one each. */
    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private SupportAccess access;

    @Inject
    private Clock clock;

    /** The services the caller sees, of a family and a CCI (each optional), whose title or description holds each typed word. */
    @PermitAll
    public List<OfferSummary> search(OfferCategory category, Long cciId, String words) {
        SupportAccess.Reader reader = access.reader(callerOrNull());
        TypedQuery<SupportOffer> query = em.createQuery("SELECT o FROM SupportOffer o JOIN FETCH o.cci WHERE o.active = TRUE"
                + (category == null ? "" : " AND o.category = :category") + (cciId == null ? "" : " AND o.cci.id = :cci")
                + " ORDER BY o.title, o.id", SupportOffer.class).setHint(BATCH, "o.communities");
        if (category != null) {
            query.setParameter("category", category);
        }
        if (cciId != null) {
            query.setParameter("cci", cciId);
        }
        return query.getResultStream()
                .filter(reader::reads)
                .filter(o -> words == null || words.isBlank() || Words.holdsEach(o.getTitle() + " " + Html.toText(o.getDescription())
                        + " " + o.getCci().getName(), words))
                .map(SupportCatalogueService::summary).toList();
    }

    /** The services shown in a community: those reserved to it, and those its CCI opens to every member. */
    @PermitAll
    public List<OfferSummary> ofCommunity(long communityId) {
        Community community = em.find(Community.class, communityId);
        if (community == null) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM SupportOffer o JOIN FETCH o.cci WHERE o.active = TRUE AND ((o.allMembers = TRUE"
                        + " AND o.cci = :cci) OR :community MEMBER OF o.communities) ORDER BY o.title, o.id", SupportOffer.class)
                .setParameter("cci", community.getCci()).setParameter("community", community).setHint(BATCH, "o.communities")
                .getResultStream()
                .map(SupportCatalogueService::summary).toList();
    }

    /** The CCIs that have a catalogue, for the filter. */
    @PermitAll
    public Map<Long, String> ccis() {
        Map<Long, String> ccis = new LinkedHashMap<>();
        em.createQuery("SELECT DISTINCT c FROM SupportOffer o JOIN o.cci c WHERE o.active = TRUE", Cci.class).getResultStream()
                .sorted(Comparator.comparing(Cci::getName)).forEach(c -> ccis.put(c.getId(), c.getName()));
        return ccis;
    }

    /** A service's page; not found when the caller may not see it. */
    @PermitAll
    public OfferDetail offer(long offerId) {
        Account me = callerOrNull();
        SupportAccess.Reader reader = access.reader(me);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null || !reader.reads(offer)) {
            throw new SupportNotFoundException();
        }
        Map<Long, String> companies = me == null ? Map.of() : companies(me);
        boolean mayRequest = offer.isActive() && reader.isInAudience(offer);
        Map<Long, String> names = accounts.displayNames(offer.getAdvisors().stream().map(Account::getId).toList());
        return new OfferDetail(offer.getId(), offer.getTitle(), offer.getCategory(), offer.getCci().getName(), offer.getDescription(),
                offer.getPriceEuros(), offer.getDuration(), offer.getTargetDays(), names.values().stream().sorted().toList(),
                offer.isAllMembers(), offer.getCommunities().stream().map(Community::getName).sorted().toList(), offer.isActive(),
                mayRequest, companies, reader.serves(offer.getCci()));
    }

    /** Every service of the CCIs the caller serves, withdrawn ones too. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public List<OfferSummary> kept() {
        List<Cci> ccis = access.servedBy(caller());
        if (ccis.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM SupportOffer o JOIN FETCH o.cci WHERE o.cci.id IN :ccis ORDER BY o.cci.name, o.title, o.id",
                SupportOffer.class).setParameter("ccis", ccis.stream().map(Cci::getId).toList()).setHint(BATCH, "o.communities")
                .getResultStream()
                .map(SupportCatalogueService::summary).toList();
    }

    /** The CCIs whose catalogue the caller keeps, by name. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public Map<Long, String> keptCcis() {
        Map<Long, String> ccis = new LinkedHashMap<>();
        access.servedBy(caller()).forEach(c -> ccis.put(c.getId(), c.getName()));
        return ccis;
    }

    /** The staff of a CCI the caller serves (who may deliver its services), by name. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public Map<Long, String> advisorsOf(long cciId) {
        Cci cci = servedCci(cciId);
        List<Long> staff = em.createQuery("SELECT s.id FROM Cci c JOIN c.staff s WHERE c = :cci", Long.class)
                .setParameter("cci", cci).getResultList();
        Map<Long, String> sorted = new TreeMap<>();
        sorted.putAll(accounts.displayNames(staff));
        return sorted;
    }

    /** The communities of a CCI the caller serves (whom a service may be reserved to), by name. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public Map<Long, String> communitiesOf(long cciId) {
        Map<Long, String> communities = new LinkedHashMap<>();
        em.createQuery("SELECT c FROM Community c WHERE c.cci = :cci ORDER BY c.name", Community.class)
                .setParameter("cci", servedCci(cciId)).getResultStream().forEach(c -> communities.put(c.getId(), c.getName()));
        return communities;
    }

    /** A service of the caller's CCIs, as its form. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public OfferForm form(long offerId) {
        return kept(offerId).toForm();
    }

    /** Creates a service ({@code offerId} null) or changes one; returns its id. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public long save(Long offerId, OfferForm form) {
        if (offerId == null) {
            if (form.getCciId() == null) {
                throw new InvalidSupportException("support.cci.required");
            }
            Cci cci = servedCci(form.getCciId());
            SupportOffer offer = new SupportOffer(cci, form, audience(cci, form), advisors(cci, form), clock.instant());
            em.persist(offer);
            em.flush();
            return offer.getId();
        }
        SupportOffer offer = kept(offerId);
        offer.describe(form, audience(offer.getCci(), form), advisors(offer.getCci(), form));
        return offer.getId();
    }

    /** Takes a service out of the catalogue (its requests go on), or puts it back. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void setActive(long offerId, boolean active) {
        SupportOffer offer = kept(offerId);
        if (active) {
            offer.restore();
        } else {
            offer.withdraw();
        }
    }

    /** The caller's companies (approved links), by name: whom they may ask for a service for. */
    Map<Long, String> companies(Account me) {
        Map<Long, String> companies = new LinkedHashMap<>();
        em.createNamedQuery("CompanyLink.ofAccount", CompanyLink.class).setParameter("account", me).getResultStream()
                .filter(l -> l.getStatus() == CompanyLinkStatus.APPROVED)
                .forEach(l -> companies.put(l.getCompany().getId(), l.getCompany().getLegalName()));
        return companies;
    }

    private Set<Community> audience(Cci cci, OfferForm form) {
        if (form.isAllMembers() || form.getCommunityIds().isEmpty()) {
            return Set.of();
        }
        List<Community> chosen = em.createQuery("SELECT c FROM Community c WHERE c.id IN :ids AND c.cci = :cci", Community.class)
                .setParameter("ids", form.getCommunityIds()).setParameter("cci", cci).getResultList();
        if (chosen.size() != new HashSet<>(form.getCommunityIds()).size()) {
            throw new InvalidSupportException("support.communities.invalid");
        }
        return new HashSet<>(chosen);
    }

    private Set<Account> advisors(Cci cci, OfferForm form) {
        if (form.getAdvisorIds().isEmpty()) {
            return Set.of();
        }
        List<Account> chosen = em.createQuery("SELECT s FROM Cci c JOIN c.staff s WHERE c = :cci AND s.id IN :ids", Account.class)
                .setParameter("cci", cci).setParameter("ids", form.getAdvisorIds()).getResultList();
        if (chosen.size() != new HashSet<>(form.getAdvisorIds()).size()) {
            throw new InvalidSupportException("support.advisors.invalid");
        }
        return new HashSet<>(chosen);
    }

    private SupportOffer kept(long offerId) {
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null || !access.serves(caller(), offer.getCci())) {
            throw new SupportNotFoundException();
        }
        return offer;
    }

    private Cci servedCci(long cciId) {
        Cci cci = em.find(Cci.class, cciId);
        if (cci == null || !access.serves(caller(), cci)) {
            throw new SupportNotFoundException();
        }
        return cci;
    }

    static OfferSummary summary(SupportOffer o) {
        String text = Html.toText(o.getDescription());
        return new OfferSummary(o.getId(), o.getTitle(), o.getCategory(), o.getCci().getName(),
                text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).replaceAll("\\s+\\S*$", "") + "…", o.getPriceEuros(),
                o.getDuration(), o.getTargetDays(), o.isAllMembers(), o.getCommunities().stream().map(Community::getName).sorted().toList(),
                o.isActive());
    }

    private Account caller() {
        return accounts.caller(context);
    }

    private Account callerOrNull() {
        return accounts.byEmail(context.getCallerPrincipal().getName()).orElse(null);
    }
}
