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
import java.util.List;
import java.util.Optional;

/**
 * Searches of the directory. Companies are public (contact details are the page's concern, for
 * signed-in people); a person is found only by someone sharing an active community with them, and
 * never when they object (hidden from the directory).
 */
@Stateless
public class DirectoryService {

    /** Full-text configuration of migration V5: French stemming after unaccent. */
    private static final String FTS = "'app.french_unaccent'::regconfig";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private CompanySearchCache cache;

    @Inject
    private Relations relations;

    @PermitAll
    public ResultPage<CompanyHit> searchCompanies(DirectoryQuery query) {
        return cache.get(query, () -> findCompanies(query));
    }

    @SuppressWarnings("unchecked")
    private ResultPage<CompanyHit> findCompanies(DirectoryQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.hasText()) {
            params.add(query.getText());
            where.append(" AND c.search_vector @@ websearch_to_tsquery(" + FTS + ", ?" + params.size() + ")");
        }
        if (query.getCommunityId() != null) {
            params.add(query.getCommunityId());
            where.append(" AND EXISTS (SELECT 1 FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id"
                    + " WHERE l.company_id = c.id AND l.status = 'APPROVED' AND ms.status = 'ACTIVE' AND ms.community_id = ?"
                    + params.size() + ")");
        }
        if (DirectoryQuery.filled(query.getDepartmentCode())) {
            params.add(query.getDepartmentCode());
            where.append(" AND c.department_code = ?" + params.size());
        }
        if (DirectoryQuery.filled(query.getCommuneCode())) {
            params.add(query.getCommuneCode());
            where.append(" AND c.commune_code = ?" + params.size());
        }
        if (DirectoryQuery.filled(query.getNafCode())) {
            params.add(query.getNafCode().strip().toUpperCase() + "%");
            where.append(" AND c.naf_code LIKE ?" + params.size());
        }
        if (DirectoryQuery.filled(query.getCertification())) {
            params.add(query.getCertification().strip());
            where.append(" AND EXISTS (SELECT 1 FROM app.company_certification cc WHERE cc.company_id = c.id"
                    + " AND lower(cc.certification) = lower(?" + params.size() + "))");
        }
        // No join in the counting and ranking; names of codes are joined to the page's 20 rows only.
        String from = " FROM app.company c";
        // With words, the text index finds the matches and the few thousand are sorted; "|| ''" keeps the
        // planner from walking the name index instead, which is fast only without words.
        String score = query.hasText() && query.getSort() == DirectoryQuery.Sort.RELEVANCE
                ? "ts_rank(c.search_vector, websearch_to_tsquery(" + FTS + ", ?1))" : "0";
        String name = query.hasText() ? "c.legal_name || ''" : "c.legal_name";
        Query select = em.createNativeQuery("SELECT h.id, h.legal_name, h.naf_code, n.label, co.name, h.postal_code"
                + " FROM (SELECT c.id, c.legal_name, c.naf_code, c.commune_code, c.postal_code, " + score + " AS score"
                + from + where + " ORDER BY score DESC, " + name + ", c.id LIMIT " + DirectoryQuery.PAGE_SIZE
                + " OFFSET " + (long) query.getPage() * DirectoryQuery.PAGE_SIZE + ") h"
                + " JOIN app.naf_code n ON n.code = h.naf_code JOIN app.commune co ON co.code = h.commune_code"
                + " ORDER BY h.score DESC, h.legal_name, h.id");
        Query count = em.createNativeQuery("SELECT count(*)" + from + where);
        bind(select, params);
        bind(count, params);
        List<CompanyHit> hits = ((List<Object[]>) select.getResultList()).stream().map(CompanyHit::new).toList();
        return new ResultPage<>(hits, ((Number) count.getSingleResult()).longValue(), query.getPage());
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
        Query select = em.createNativeQuery("SELECT m.account_id, m.first_name, m.last_name, m.job_title FROM app.member m"
                + where + " ORDER BY m.last_name, m.first_name, m.account_id LIMIT " + DirectoryQuery.PAGE_SIZE
                + " OFFSET " + (long) query.getPage() * DirectoryQuery.PAGE_SIZE);
        Query count = em.createNativeQuery("SELECT count(*) FROM app.member m" + where);
        bind(select, params);
        bind(count, params);
        List<PersonHit> hits = ((List<Object[]>) select.getResultList()).stream().map(PersonHit::new).toList();
        return new ResultPage<>(hits, ((Number) count.getSingleResult()).longValue(), query.getPage());
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
