package fr.ccibusiness.space;

import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.platform.Words;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * The whole download log, newest first, for the DPO: who downloaded which document of which community,
 * and when; read a page at a time, and exported as searched (an export, naming people, is audited).
 */
@Stateless
@RolesAllowed(Names.DPO)
public class DownloadLogService {

    /** The largest page the table asks for; exports read in parts of this size too. */
    public static final int MAX_PAGE = 2000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** What the DPO looks for: one community's downloads (or all: null), by a part of a name or address (or anyone). */
    public record Filter(Long communityId, String person) implements java.io.Serializable {

        boolean hasPerson() {
            return person != null && !person.isBlank();
        }
    }

    @RolesAllowed(Names.DPO)
    public long count(Filter filter) {
        return ((Number) matching("SELECT count(*)", filter, "").getSingleResult()).longValue();
    }

    /** A page of the downloads that match, newest first. */
    @RolesAllowed(Names.DPO)
    @SuppressWarnings("unchecked")
    public List<DownloadLine> page(Filter filter, int first, int size) {
        List<Object[]> rows = matching("SELECT d.id, d.downloaded_at, a.id AS account,"
                        + " CASE WHEN a.id IS NULL THEN NULL ELSE m.first_name || ' ' || m.last_name || ' <' || a.email || '>' END,"
                        + " c.name, i.title, v.number, v.file_name", filter, " ORDER BY d.downloaded_at DESC, d.id DESC")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
        return rows.stream().map(row -> new DownloadLine(((Number) row[0]).longValue(), ((Timestamp) row[1]).toInstant(),
                row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3], (String) row[4], (String) row[5],
                ((Number) row[6]).intValue(), (String) row[7])).toList();
    }

    /** A part of an export of the downloads that match (CSV or Excel), written to the audit trail as an export. */
    @RolesAllowed(Names.DPO)
    public List<DownloadLine> exportPart(Filter filter, int first, int size, String format) {
        List<DownloadLine> part = page(filter, first, size);
        if (!part.isEmpty()) {
            audit.export(accounts.caller(context), Role.DPO, part.stream().map(DownloadLine::accountId).filter(Objects::nonNull)
                    .distinct().toList(), part.size() + " téléchargement(s) exporté(s)", "export " + format
                    + " du journal des téléchargements, lignes " + (Math.max(0, first) + 1) + " à " + (Math.max(0, first) + part.size()));
        }
        return part;
    }

    private Query matching(String select, Filter filter, String order) {
        StringBuilder sql = new StringBuilder(select).append(" FROM app.download_log d")
                .append(" JOIN app.document_version v ON v.id = d.version_id JOIN app.space_item i ON i.id = d.item_id")
                .append(" JOIN app.community c ON c.id = d.community_id")
                .append(" LEFT JOIN app.account a ON a.id = d.account_id LEFT JOIN app.member m ON m.account_id = a.id WHERE TRUE");
        if (filter.communityId() != null) {
            sql.append(" AND d.community_id = ?1");
        }
        if (filter.hasPerson()) {
            sql.append(" AND (lower(a.email) LIKE ?2 OR lower(m.first_name || ' ' || m.last_name) LIKE ?2)");
        }
        Query query = em.createNativeQuery(sql.append(order).toString());
        if (filter.communityId() != null) {
            query.setParameter(1, filter.communityId());
        }
        if (filter.hasPerson()) {
            query.setParameter(2, Words.likeContaining(filter.person()));
        }
        return query;
    }
}
