package fr.ccibusiness.directory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.MemberPhoto;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyNotFoundException;
import fr.ccibusiness.network.Relations;
import fr.ccibusiness.network.SharedCommunity;
import fr.ccibusiness.reference.NafCode;
import fr.ccibusiness.reference.ReferenceDataService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches of the directory. Companies are searched in Lucene ({@link DirectoryIndex}); people in
 * PostgreSQL, where their visibility rules are joins that stay exact. Companies are public (contact details are the page's concern, for
 * signed-in people); a person is found only by someone sharing an active community with them, and
 * never when they object (hidden from the directory).
 */
@Stateless
public class DirectoryService {

    /** Suggestions offered as one types. */
    private static final int SUGGESTIONS = 8;

    /** Full-text configuration of migration V5: French stemming after unaccent. */
    private static final String FTS = "'app.french_unaccent'::regconfig";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private DirectoryIndex index;

    @Inject
    private Relations relations;

    @Inject
    private ReferenceDataService references;

    /**
     * Companies found by words (Lucene: prefixes, typos, French stems) and filters, with the facets of
     * all those found, labelled: department and NAF division names, community names.
     */
    @PermitAll
    public CompanyResults searchCompanies(DirectoryQuery query) {
        CompanyResults found = index.search(query);
        Map<Long, String> communityNames = communityNames(found);
        found.page().getItems().forEach(hit -> hit.named(hit.communityIds().stream().map(communityNames::get)
                .filter(Objects::nonNull).sorted().toList()));
        Map<String, String> departments = references.departments();
        List<Facet> facets = found.facets().stream().map(facet -> switch (facet.getName()) {
            case CompanyDocuments.DEPARTMENT -> facet.labelled(code -> departments.getOrDefault(code, code));
            case CompanyDocuments.COMMUNITY -> facet.labelled(id -> communityNames.getOrDefault(Long.valueOf(id), id));
            case CompanyDocuments.DIVISION -> facet.labelled(code -> Optional.ofNullable(em.find(NafCode.class, code))
                    .map(NafCode::getLabel).orElse(code));
            default -> facet;
        }).toList();
        return new CompanyResults(found.page(), facets);
    }

    /** Words and company names that may complete what is being typed in the search box. */
    @PermitAll
    public List<String> suggestions(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : index.suggest(typed.strip().substring(0, Math.min(typed.strip().length(), DirectoryQuery.TEXT_MAX)), SUGGESTIONS);
    }

    /** The names of the communities of the companies shown and of the community facet. */
    private Map<Long, String> communityNames(CompanyResults found) {
        Set<Long> ids = new HashSet<>();
        found.page().getItems().forEach(hit -> ids.addAll(hit.communityIds()));
        found.facets().stream().filter(facet -> facet.getName().equals(CompanyDocuments.COMMUNITY))
                .flatMap(facet -> facet.getValues().stream()).forEach(value -> ids.add(Long.valueOf(value.getValue())));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.id, c.name FROM Community c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** A company's public page; contact details only for signed-in people. */
    @PermitAll
    public CompanyProfile company(long companyId) {
        Company company = Optional.ofNullable(em.find(Company.class, companyId)).orElseThrow(CompanyNotFoundException::new);
        return new CompanyProfile(company, context.isCallerInRole(Names.MEMBER) || context.isCallerInRole(Names.BUYER));
    }

    /** People sharing an active community with the caller, who did not object to the directory. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    @SuppressWarnings("unchecked")
    public ResultPage<PersonHit> searchPeople(DirectoryQuery query) {
        List<Object> params = new ArrayList<>();
        params.add(caller().getId());
        StringBuilder where = new StringBuilder(" WHERE NOT m.hidden_from_directory AND m.account_id <> ?1"
                + " AND EXISTS (SELECT 1 FROM app.membership theirs JOIN app.membership mine"
                + " ON mine.community_id = theirs.community_id AND mine.account_id = ?1 AND mine.status = 'ACTIVE'"
                + " WHERE theirs.account_id = m.account_id AND theirs.status = 'ACTIVE'");
        if (query.getCommunityId() != null) {
            params.add(query.getCommunityId());
            where.append(" AND theirs.community_id = ?" + params.size());
        }
        where.append(")");
        if (query.hasText()) {
            params.add(query.getText());
            where.append(" AND m.search_vector @@ websearch_to_tsquery(" + FTS + ", ?" + params.size() + ")");
        }
        if (DirectoryQuery.filled(query.getCompetence())) {
            params.add(query.getCompetence().strip());
            where.append(" AND EXISTS (SELECT 1 FROM app.member_competence mc WHERE mc.account_id = m.account_id"
                    + " AND lower(mc.competence) = lower(?" + params.size() + "))");
        }
        Query count = em.createNativeQuery(ResultPage.countSql("FROM app.member m" + where));
        bind(count, params);
        long total = ((Number) count.getSingleResult()).longValue();
        int page = Math.min(query.getPage(), ResultPage.lastPage(total)); // past the results: the last page
        Query select = em.createNativeQuery("SELECT m.account_id, m.first_name, m.last_name, m.job_title FROM app.member m"
                + where + " ORDER BY m.last_name, m.first_name, m.account_id LIMIT " + DirectoryQuery.PAGE_SIZE
                + " OFFSET " + (long) page * DirectoryQuery.PAGE_SIZE);
        bind(select, params);
        List<PersonHit> hits = ((List<Object[]>) select.getResultList()).stream().map(PersonHit::new).toList();
        return new ResultPage<>(hits, total, page);
    }

    /**
     * A person's page: for their connections, and for someone sharing an active community with them
     * unless they object to the directory; anyone else is told it does not exist. Contact e-mail,
     * phone, "about me" and photo are shown only to the audience the person chose for each.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    @SuppressWarnings("unchecked")
    public PersonCard person(long accountId) {
        Account me = caller();
        Audience audience = audience(accountId, me);
        List<String> companies = em.createNativeQuery("SELECT co.legal_name FROM app.company co JOIN app.company_link l"
                        + " ON l.company_id = co.id WHERE l.account_id = ?1 AND l.status = 'APPROVED' ORDER BY co.legal_name")
                .setParameter(1, accountId).getResultList();
        boolean photo = em.find(MemberPhoto.class, accountId) != null;
        return new PersonCard(audience.member(), companies, audience.shared().stream().map(SharedCommunity::name).toList(),
                photo, audience.connected(), audience.sharesCommunity());
    }

    /** The photo of a person, to those who may see their page and the audience they chose for it. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Optional<byte[]> photo(long accountId) {
        Audience audience = audience(accountId, caller());
        if (!audience.member().toSharingSettings().getPhoto().shownTo(audience.connected(), audience.sharesCommunity())) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(MemberPhoto.class, accountId)).map(MemberPhoto::getContent);
    }

    /** How the caller stands with someone whose page they may see; anyone else is not found. */
    private Audience audience(long accountId, Account me) {
        Member member = em.find(Member.class, accountId);
        if (member == null || accountId == me.getId()) {
            throw new PersonNotFoundException();
        }
        boolean connected = relations.connected(me.getId(), accountId);
        List<SharedCommunity> shared = relations.sharedCommunities(me.getId(), accountId);
        if (!connected && (member.isHiddenFromDirectory() || shared.isEmpty())) {
            throw new PersonNotFoundException();
        }
        return new Audience(member, connected, shared);
    }

    private record Audience(Member member, boolean connected, List<SharedCommunity> shared) {

        boolean sharesCommunity() {
            return !shared.isEmpty();
        }
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
