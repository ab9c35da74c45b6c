package fr.ccibusiness.audit;

import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import fr.ccibusiness.platform.Words;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The DPO searches the audit trail (by who read, whose data, and when) and exports what they found. */
@Stateless
public class AuditService {

    /** The largest page the table asks for; exports read in parts of this size too. */
    public static final int MAX_PAGE = 2000;
    /** How many people a subject's words may designate at most (a search for "a" designates half the platform). */
    private static final int PEOPLE_MATCHED = 1000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail trail;

    @Resource
    private SessionContext context;

    /** How many entries match. */
    @RolesAllowed(Names.DPO)
    public long count(AuditFilter filter) {
        return ((Number) matching("SELECT count(*)", filter, "", null).getSingleResult()).longValue();
    }

    /**
     * A page of the entries that match, newest first; {@code actor} and {@code subject} match a part of the
     * name or address, ignoring case (served by trigram indexes); a subject also matches the pages of lists
     * that showed someone of that name or address.
     */
    @RolesAllowed(Names.DPO)
    @SuppressWarnings("unchecked")
    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        return matching("SELECT e.*", filter, " ORDER BY e.occurred_at DESC, e.id DESC", AuditEntry.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
    }

    /**
     * A part of an export of the entries that match (CSV or Excel): they name people, so the export is
     * itself written to the trail, naming the readers and the people read whose accounts remain.
     */
    @RolesAllowed(Names.DPO)
    public List<AuditEntry> exportPart(AuditFilter filter, int first, int size, String format) {
        List<AuditEntry> part = page(filter, first, size);
        if (part.isEmpty()) {
            return part;
        }
        Set<Long> named = new LinkedHashSet<>();
        for (AuditEntry entry : part) {
            Stream.of(entry.getActorId(), entry.getSubjectAccountId()).filter(Objects::nonNull).forEach(named::add);
        }
        trail.export(accounts.caller(context), Role.DPO, named, part.size() + " entrée(s) du journal des accès exportée(s)",
                "export " + format + " du journal des accès, lignes " + (Math.max(0, first) + 1) + " à " + (Math.max(0, first) + part.size()));
        return part;
    }

    private Query matching(String select, AuditFilter filter, String order, Class<?> entity) {
        StringBuilder sql = new StringBuilder(select).append(" FROM app.audit_entry e WHERE TRUE");
        if (filter.hasActor()) {
            sql.append(" AND lower(e.actor_label) LIKE ?1");
        }
        if (filter.hasSubject()) {
            sql.append(" AND (lower(e.subject_label) LIKE ?2 OR e.subject_ids && ARRAY(SELECT p.account_id FROM app.member p")
                    .append(" JOIN app.account a ON a.id = p.account_id WHERE lower(a.email) LIKE ?2")
                    .append(" OR lower(p.first_name || ' ' || p.last_name) LIKE ?2 LIMIT ").append(PEOPLE_MATCHED).append("))");
        }
        if (filter.from() != null) {
            sql.append(" AND e.occurred_at >= ?3");
        }
        if (filter.to() != null) {
            sql.append(" AND e.occurred_at < ?4");
        }
        sql.append(order);
        Query query = entity == null ? em.createNativeQuery(sql.toString()) : em.createNativeQuery(sql.toString(), entity);
        if (filter.hasActor()) {
            query.setParameter(1, Words.likeContaining(filter.actor()));
        }
        if (filter.hasSubject()) {
            query.setParameter(2, Words.likeContaining(filter.subject()));
        }
        if (filter.from() != null) {
            query.setParameter(3, Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            query.setParameter(4, Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        return query;
    }
}
