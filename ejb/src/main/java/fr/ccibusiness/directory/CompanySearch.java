package fr.ccibusiness.directory;

import fr.ccibusiness.platform.Words;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A company search answered by the database, for the searches {@link DirectoryIndex} leaves to it
 * (phrases, which need word positions), in the same orders and with the same filters. Its cost does
 * not grow with the number of matches: they are counted up to {@link ResultPage#MAX_RESULTS} only,
 * and a page is read by walking an index in the page's order when they are many, by sorting them
 * when they are few.
 * <p>
 * Relevance puts the companies whose name holds the words first, then those where the words are in
 * the activity, references or capacities; within each group, the companies that joined last come
 * first. Unlike a score computed on every match, this order can be read from indexes, so a word found
 * in 20,000 companies costs no more than a rare one. (Name order would not do: the words of a name
 * decide where it sorts, so the names holding a word cluster in the name index.)
 */
final class CompanySearch {

    /** The searched words, always parameter ?1. */
    private static final String WORDS = "websearch_to_tsquery(" + DirectoryService.FTS + ", ?1)";

    private final DirectoryQuery query;
    private final List<Object> params = new ArrayList<>();
    private final StringBuilder filters = new StringBuilder("TRUE");

    CompanySearch(DirectoryQuery query) {
        this.query = query;
        if (query.hasText()) {
            params.add(query.getText()); // ?1, as WORDS says
        }
        if (query.getCommunityId() != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id"
                    + " WHERE l.company_id = c.id AND l.status = 'APPROVED' AND ms.status = 'ACTIVE' AND ms.community_id = ")
                    .append(param(query.getCommunityId())).append(')');
        }
        if (DirectoryQuery.filled(query.getDepartmentCode())) {
            filters.append(" AND c.department_code = ").append(param(query.getDepartmentCode()));
        }
        if (DirectoryQuery.filled(query.getCommuneCode())) {
            filters.append(" AND c.commune_code = ").append(param(query.getCommuneCode()));
        }
        if (DirectoryQuery.filled(query.getNafCode())) {
            String prefix = Words.literalForLike(query.getNafCode().strip().toUpperCase(Locale.ROOT));
            filters.append(" AND c.naf_code LIKE ").append(param(prefix + "%")).append(" ESCAPE '\\'");
        }
        if (DirectoryQuery.filled(query.getCertification())) {
            filters.append(" AND EXISTS (SELECT 1 FROM app.company_certification cc WHERE cc.company_id = c.id"
                    + " AND lower(cc.certification) = lower(").append(param(query.getCertification().strip())).append("))");
        }
    }

    ResultPage<CompanyHit> run(EntityManager em) {
        long all = count(em, where(Group.ALL));
        // A page past the results (an old link, a typed address) shows the last one.
        int page = Math.min(query.getPage(), ResultPage.lastPage(all));
        int offset = page * DirectoryQuery.PAGE_SIZE;
        if (!query.hasText() || query.getSort() == DirectoryQuery.Sort.NAME) {
            // Words of a name decide where it sorts: the names holding them cluster in the name index, so
            // with words the matches are sorted (their number bounds the cost), never walked to.
            boolean walk = !query.hasText() && many(all);
            return new ResultPage<>(page(em, Group.ALL, Order.NAME, walk, offset, DirectoryQuery.PAGE_SIZE), all, page);
        }
        long named = count(em, where(Group.NAMED));
        List<CompanyHit> hits = new ArrayList<>();
        if (offset < named) {
            hits.addAll(page(em, Group.NAMED, Order.NEWEST, many(named), offset, DirectoryQuery.PAGE_SIZE));
        }
        if (hits.size() < DirectoryQuery.PAGE_SIZE && !many(named) && all > named) {
            // Past the count, the others may still be few (nearly all matches named): count them to know.
            boolean walk = many(all) && (named == 0 || many(count(em, where(Group.OTHERS))));
            hits.addAll(page(em, Group.OTHERS, Order.NEWEST, walk, (int) Math.max(0, offset - named),
                    DirectoryQuery.PAGE_SIZE - hits.size()));
        }
        return new ResultPage<>(hits, all, page);
    }

    /** The companies of a search, or of one of its relevance groups. */
    private enum Group {
        ALL,
        /** the words are in the name */
        NAMED,
        /** the words are elsewhere only */
        OTHERS
    }

    /**
     * The condition of a group. Words in the name are in the whole record too, so the named group
     * tests the name only: testing both would make the planner take the two for independent and
     * expect far fewer matches than there are. Only a query excluding a word ("-bois") needs both.
     */
    private String where(Group group) {
        if (!query.hasText()) {
            return filters.toString();
        }
        String anywhere = " AND c.search_vector @@ " + WORDS;
        String inName = " AND c.name_vector @@ " + WORDS;
        return filters + switch (group) {
            case ALL -> anywhere;
            case NAMED -> query.getText().contains("-") ? inName + anywhere : inName;
            case OTHERS -> anywhere + " AND NOT c.name_vector @@ " + WORDS;
        };
    }

    /** How many companies meet the condition, counted up to one more than the results shown. */
    private long count(EntityManager em, String condition) {
        Query count = em.createNativeQuery(ResultPage.countSql("FROM app.company c WHERE " + condition));
        return ((Number) bind(count).getSingleResult()).longValue();
    }

    /** Orders of a page: by name, or the companies that joined last first (within a relevance group). */
    private enum Order {
        // The C collation, whatever the database's: the order of the index (DirectoryIndex), code units.
        NAME("c.legal_name COLLATE \"C\", c.id", "(c.legal_name || '') COLLATE \"C\", c.id", "h.legal_name COLLATE \"C\", h.id"),
        NEWEST("c.id DESC", "c.id + 0 DESC", "h.id DESC");

        private final String indexed;
        private final String sorted;
        private final String outer;

        Order(String indexed, String sorted, String outer) {
            this.indexed = indexed;
            this.sorted = sorted;
            this.outer = outer;
        }
    }

    /** More matches than are counted: a page of them is found by walking the index of its order. */
    private static boolean many(long count) {
        return count >= ResultPage.COUNT_LIMIT;
    }

    /**
     * A page of a group. With many matches, the planner walks the index of the order and stops at
     * the page, reading a few hundred rows, or sorts them when that costs less (a page far down).
     * With few, walking could read the whole index for them (the planner cannot tell how few: it
     * knows the frequent words only), so the order is written so that no index serves it ("|| ''",
     * "+ 0"): they are sorted.
     */
    @SuppressWarnings("unchecked")
    private List<CompanyHit> page(EntityManager em, Group group, Order order, boolean walk, int offset, int limit) {
        String by = walk ? order.indexed : order.sorted;
        Query select = em.createNativeQuery("SELECT h.id, h.legal_name, h.naf_code, n.label, co.name, h.postal_code"
                + " FROM (SELECT c.id, c.legal_name, c.naf_code, c.commune_code, c.postal_code FROM app.company c"
                + " WHERE " + where(group) + " ORDER BY " + by
                + " LIMIT " + limit + " OFFSET " + offset + ") h"
                + " JOIN app.naf_code n ON n.code = h.naf_code JOIN app.commune co ON co.code = h.commune_code"
                + " ORDER BY " + order.outer);
        return ((List<Object[]>) bind(select).getResultList()).stream().map(CompanyHit::new).toList();
    }

    private String param(Object value) {
        params.add(value);
        return "?" + params.size();
    }

    private Query bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
