package fr.ccibusiness.audit;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import fr.ccibusiness.platform.Words;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The DPO searches the audit trail: by who read, whose data, and when. */
@Stateless
public class AuditService {

    public static final int MAX_RESULTS = 500;
    /** How many people a subject's words may designate at most (a search for "a" designates half the platform). */
    private static final int PEOPLE_MATCHED = 1000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    /**
     * Entries newest first, at most {@link #MAX_RESULTS}; {@code actor} and {@code subject} match a part
     * of the name or address, ignoring case (served by trigram indexes); a subject also matches the pages
     * of lists that showed someone of that name or address; blank criteria match everything.
     */
    @RolesAllowed(Names.DPO)
    @SuppressWarnings("unchecked")
    public List<AuditEntry> search(String actor, String subject, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT e.* FROM app.audit_entry e WHERE TRUE");
        if (actor != null && !actor.isBlank()) {
            sql.append(" AND lower(e.actor_label) LIKE ?1");
        }
        if (subject != null && !subject.isBlank()) {
            sql.append(" AND (lower(e.subject_label) LIKE ?2 OR e.subject_ids && ARRAY(SELECT p.account_id FROM app.member p")
                    .append(" JOIN app.account a ON a.id = p.account_id WHERE lower(a.email) LIKE ?2")
                    .append(" OR lower(p.first_name || ' ' || p.last_name) LIKE ?2 LIMIT ").append(PEOPLE_MATCHED).append("))");
        }
        if (from != null) {
            sql.append(" AND e.occurred_at >= ?3");
        }
        if (to != null) {
            sql.append(" AND e.occurred_at < ?4");
        }
        Query query = em.createNativeQuery(sql.append(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT " + MAX_RESULTS).toString(),
                AuditEntry.class);
        if (actor != null && !actor.isBlank()) {
            query.setParameter(1, Words.likeContaining(actor));
        }
        if (subject != null && !subject.isBlank()) {
            query.setParameter(2, Words.likeContaining(subject));
        }
        if (from != null) {
            query.setParameter(3, Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
        }
        if (to != null) {
            query.setParameter(4, Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        return query.getResultList();
    }
}
