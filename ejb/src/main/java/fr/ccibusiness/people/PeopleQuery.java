package fr.ccibusiness.people;

import fr.ccibusiness.platform.Words;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the people table, written for a base of 250,000 accounts. Conditions refer to the person by
 * {@code ID} (replaced by {@code p.account_id} or {@code a.id}), so that a query reads one table when it
 * can: {@code app.member p} for a name (filter or sort), {@code app.account a} for an address, a state, a
 * registration day; both joined only when both are needed. A page is found first as 25 ids, walking the
 * sort's index ({@code member_sort_name}, which also holds the names for the filter, {@code account_email_key},
 * {@code account_created}), then only those 25 rows are read in full. Parts of names, addresses and
 * company names are searched with {@code LIKE '%…%'}, served by trigram indexes.
 */
final class PeopleQuery {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String ID = "<id>";
    static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.last_name) %1$s, lower(p.first_name) %1$s, p.account_id %1$s",
            "email", "a.email %1$s, a.id %1$s",
            "createdAt", "a.created_at %1$s, a.id %1$s");

    private final StringBuilder conditions = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private boolean onAccount;
    private boolean onMember;

    /** {@code cciIds} null: every account (an administrator); otherwise the people of these CCIs only. */
    PeopleQuery(PeopleFilter filter, String cciIds) {
        if (cciIds != null) {
            conditions.append(" AND (EXISTS (SELECT 1 FROM app.membership m JOIN app.community c ON c.id = m.community_id"
                    + " WHERE m.account_id = <id> AND m.status IN ('ACTIVE', 'REQUESTED') AND c.cci_id = ANY(CAST(").append(next(cciIds))
                    .append(" AS BIGINT[]))) OR EXISTS (SELECT 1 FROM app.cci_staff s WHERE s.account_id = <id> AND s.cci_id = ANY(CAST(")
                    .append(next(cciIds)).append(" AS BIGINT[]))) OR EXISTS (SELECT 1 FROM app.buyer_member b JOIN app.buyer_organisation o"
                    + " ON o.id = b.organisation_id WHERE b.account_id = <id> AND o.cci_id = ANY(CAST(").append(next(cciIds))
                    .append(" AS BIGINT[]))))");
        }
        if (present(filter.name())) {
            onMember = true;
            conditions.append(" AND lower(p.first_name || ' ' || p.last_name) LIKE ").append(next(Words.likeContaining(filter.name())));
        }
        if (present(filter.email())) {
            onAccount = true;
            conditions.append(" AND a.email LIKE ").append(next(Words.likeContaining(filter.email())));
        }
        if (present(filter.company())) {
            // The companies first (their names' trigram index), then their people: not each person's companies in turn.
            conditions.append(" AND <id> IN (SELECT l.account_id FROM app.company co JOIN app.company_link l ON l.company_id = co.id"
                    + " WHERE l.status = 'APPROVED' AND lower(co.legal_name) LIKE ")
                    .append(next(Words.likeContaining(filter.company()))).append(")");
        }
        if (filter.communityId() != null) {
            conditions.append(" AND EXISTS (SELECT 1 FROM app.membership mc WHERE mc.account_id = <id> AND mc.status = 'ACTIVE'"
                    + " AND mc.community_id = ").append(next(filter.communityId())).append(")");
        }
        if (filter.role() != null) {
            conditions.append(" AND EXISTS (SELECT 1 FROM app.account_role r WHERE r.account_id = <id> AND r.role = ")
                    .append(next(filter.role().realmName())).append(")");
        }
        if (filter.status() != null) {
            onAccount = true;
            conditions.append(switch (filter.status()) {
                case LOCKED -> " AND a.locked_at IS NOT NULL";
                case ACTIVE -> " AND a.locked_at IS NULL AND a.status = 'ACTIVE'";
                case PENDING -> " AND a.locked_at IS NULL AND a.status = 'PENDING_VERIFICATION'";
            });
        }
        if (filter.createdFrom() != null) {
            onAccount = true;
            conditions.append(" AND a.created_at >= ").append(next(Timestamp.from(filter.createdFrom().atStartOfDay(PARIS).toInstant())));
        }
        if (filter.createdTo() != null) {
            onAccount = true;
            conditions.append(" AND a.created_at < ").append(next(Timestamp.from(filter.createdTo().plusDays(1).atStartOfDay(PARIS).toInstant())));
        }
    }

    /** This one account only (to ask whether it is within the caller's scope). */
    PeopleQuery onlyAccount(long accountId) {
        conditions.append(" AND <id> = ").append(next(accountId));
        return this;
    }

    Query count(EntityManager em) {
        planForTheConsole(em);
        return bind(em.createNativeQuery("SELECT count(*)" + from(!onAccount && onMember)));
    }

    /**
     * The page: its ids by the sort's index, then those rows in full, in the same order. A page in the
     * second half of {@code total} rows is read from the end, in the other order, so that no page walks
     * more than half the list; the rows come back in the order asked all the same.
     */
    Query page(EntityManager em, String sortBy, boolean ascending, int first, int size, long total) {
        String sort = SORTS.containsKey(sortBy) ? sortBy : "name";
        int offset = Math.max(0, first);
        int limit = Math.max(1, size);
        boolean fromTheEnd = total > 0 && offset > total / 2 && offset < total;
        if (fromTheEnd) {
            limit = (int) Math.min(limit, total - offset);
            offset = (int) (total - offset - limit);
        }
        String order = String.format(SORTS.get(sort), ascending != fromTheEnd ? "ASC" : "DESC");
        boolean byName = "name".equals(sort);
        if (!byName) {
            onAccount = true;
        } else {
            onMember = true;
        }
        planForTheConsole(em);
        String ids = "SELECT " + (byName ? "p.account_id" : "a.id") + from(byName) + " ORDER BY " + order
                + " LIMIT " + limit + " OFFSET " + offset;
        return bind(em.createNativeQuery("SELECT a.id, p.first_name || ' ' || p.last_name, a.email, a.status, a.locked_at, a.created_at,"
                + " (SELECT string_agg(r.role, ' ') FROM app.account_role r WHERE r.account_id = a.id),"
                + " (SELECT string_agg(co.legal_name, ', ' ORDER BY co.legal_name) FROM app.company_link l JOIN app.company co"
                + " ON co.id = l.company_id WHERE l.account_id = a.id AND l.status = 'APPROVED')"
                + " FROM unnest(ARRAY(" + ids + ")) WITH ORDINALITY AS k(id, n) JOIN app.account a ON a.id = k.id"
                + " JOIN app.member p ON p.account_id = a.id ORDER BY k.n" + (fromTheEnd ? " DESC" : "")));
    }

    /**
     * The statements below are planned for the values they are given, in this transaction: the driver
     * prepares a statement run often once and for all, and PostgreSQL may then plan it for any value, so
     * that a rare role ("animator": one account in 250,000) was looked for by walking the whole name index,
     * as for the role every member has (0.1 ms planned for the value, 700 ms so). And each runs on one
     * process: a console is used by several administrators at once, and a count split over parallel
     * workers, quicker alone, took the cores from the others' pages (people benchmark, 10 administrators
     * on two cores: p95 of all requests 446-558 ms with parallel workers, 216-249 ms without).
     */
    private static void planForTheConsole(EntityManager em) {
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
    }

    /** FROM and WHERE, driven by the member table or the account table, the other joined only when a condition needs it. */
    private String from(boolean drivenByMember) {
        String from = drivenByMember
                ? " FROM app.member p" + (onAccount ? " JOIN app.account a ON a.id = p.account_id" : "")
                : " FROM app.account a" + (onMember ? " JOIN app.member p ON p.account_id = a.id" : "");
        return from + " WHERE TRUE" + conditions.toString().replace(ID, drivenByMember ? "p.account_id" : "a.id");
    }

    private Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private String next(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
