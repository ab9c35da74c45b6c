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
 * The SQL of the people table: the filters and the caller's scope as conditions on {@code app.account a}
 * joined to {@code app.member p}, each value bound as a parameter. Parts of names, addresses and
 * company names are searched with {@code LIKE '%…%'} on the expressions the trigram indexes cover.
 */
final class PeopleQuery {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.last_name) %1$s, lower(p.first_name) %1$s, p.account_id %1$s",
            "email", "a.email %1$s, a.id %1$s",
            "createdAt", "a.created_at %1$s, a.id %1$s");

    private final StringBuilder where = new StringBuilder(" FROM app.account a JOIN app.member p ON p.account_id = a.id WHERE TRUE");
    private final List<Object> parameters = new ArrayList<>();

    /** {@code cciIds} null: every account (an administrator); otherwise the people of these CCIs only. */
    PeopleQuery(PeopleFilter filter, String cciIds) {
        if (cciIds != null) {
            where.append(" AND (EXISTS (SELECT 1 FROM app.membership m JOIN app.community c ON c.id = m.community_id"
                    + " WHERE m.account_id = a.id AND m.status IN ('ACTIVE', 'REQUESTED') AND c.cci_id = ANY(CAST(").append(next(cciIds))
                    .append(" AS BIGINT[]))) OR EXISTS (SELECT 1 FROM app.cci_staff s WHERE s.account_id = a.id AND s.cci_id = ANY(CAST(")
                    .append(next(cciIds)).append(" AS BIGINT[]))) OR EXISTS (SELECT 1 FROM app.buyer_member b JOIN app.buyer_organisation o"
                    + " ON o.id = b.organisation_id WHERE b.account_id = a.id AND o.cci_id = ANY(CAST(").append(next(cciIds))
                    .append(" AS BIGINT[]))))");
        }
        if (present(filter.name())) {
            where.append(" AND lower(p.first_name || ' ' || p.last_name) LIKE ").append(next(Words.likeContaining(filter.name())));
        }
        if (present(filter.email())) {
            where.append(" AND a.email LIKE ").append(next(Words.likeContaining(filter.email())));
        }
        if (present(filter.company())) {
            where.append(" AND EXISTS (SELECT 1 FROM app.company_link l JOIN app.company co ON co.id = l.company_id"
                    + " WHERE l.account_id = a.id AND l.status = 'APPROVED' AND lower(co.legal_name) LIKE ").append(next(Words.likeContaining(filter.company())))
                    .append(")");
        }
        if (filter.communityId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM app.membership mc WHERE mc.account_id = a.id AND mc.status = 'ACTIVE'"
                    + " AND mc.community_id = ").append(next(filter.communityId())).append(")");
        }
        if (filter.role() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM app.account_role r WHERE r.account_id = a.id AND r.role = ")
                    .append(next(filter.role().realmName())).append(")");
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case LOCKED -> " AND a.locked_at IS NOT NULL";
                case ACTIVE -> " AND a.locked_at IS NULL AND a.status = 'ACTIVE'";
                case PENDING -> " AND a.locked_at IS NULL AND a.status = 'PENDING_VERIFICATION'";
            });
        }
        if (filter.createdFrom() != null) {
            where.append(" AND a.created_at >= ").append(next(Timestamp.from(filter.createdFrom().atStartOfDay(PARIS).toInstant())));
        }
        if (filter.createdTo() != null) {
            where.append(" AND a.created_at < ").append(next(Timestamp.from(filter.createdTo().plusDays(1).atStartOfDay(PARIS).toInstant())));
        }
    }

    /** This one account only (to ask whether it is within the caller's scope). */
    PeopleQuery onlyAccount(long accountId) {
        where.append(" AND a.id = ").append(next(accountId));
        return this;
    }

    Query count(EntityManager em) {
        return bind(em.createNativeQuery("SELECT count(*)" + where));
    }

    Query page(EntityManager em, String sortBy, boolean ascending, int first, int size) {
        String order = String.format(SORTS.getOrDefault(sortBy, SORTS.get("name")), ascending ? "ASC" : "DESC");
        return bind(em.createNativeQuery("SELECT a.id, p.first_name || ' ' || p.last_name, a.email, a.status, a.locked_at, a.created_at,"
                + " (SELECT string_agg(r.role, ' ') FROM app.account_role r WHERE r.account_id = a.id),"
                + " (SELECT string_agg(co.legal_name, ', ' ORDER BY co.legal_name) FROM app.company_link l JOIN app.company co ON co.id = l.company_id"
                + " WHERE l.account_id = a.id AND l.status = 'APPROVED')" + where + " ORDER BY " + order
                + " LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, first)));
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
