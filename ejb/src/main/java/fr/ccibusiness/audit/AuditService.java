package fr.ccibusiness.audit;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The DPO searches the audit trail: by who read, whose data, and when. */
@Stateless
public class AuditService {

    public static final int MAX_RESULTS = 500;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    /**
     * Entries newest first, at most {@link #MAX_RESULTS}; {@code actor} and {@code subject} match a part
     * of the name or address, ignoring case; blank criteria match everything.
     */
    @RolesAllowed(Names.DPO)
    public List<AuditEntry> search(String actor, String subject, LocalDate from, LocalDate to) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        if (actor != null && !actor.isBlank()) {
            jpql.append(" AND LOWER(e.actorLabel) LIKE :actor ESCAPE '\\'");
        }
        if (subject != null && !subject.isBlank()) {
            jpql.append(" AND LOWER(e.subjectLabel) LIKE :subject ESCAPE '\\'");
        }
        if (from != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC").toString(),
                AuditEntry.class).setMaxResults(MAX_RESULTS);
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", like(actor));
        }
        if (subject != null && !subject.isBlank()) {
            query.setParameter("subject", like(subject));
        }
        if (from != null) {
            query.setParameter("from", from.atStartOfDay(ZONE).toInstant());
        }
        if (to != null) {
            query.setParameter("to", to.plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        return query.getResultList();
    }

    private static String like(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
