package fr.ccibusiness.space;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.List;

/** The whole download log, newest first, for the DPO: who downloaded which document of which community, and when. */
@Stateless
@RolesAllowed(Names.DPO)
public class DownloadLogService {

    public static final int PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    /** Lines of one community (or all: null) whose person's name or e-mail contains {@code person} (or anyone). */
    @RolesAllowed(Names.DPO)
    @SuppressWarnings("unchecked")
    public List<DownloadLine> search(Long communityId, String person) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (communityId != null) {
            where.append(" AND d.community_id = ?1");
        }
        if (person != null && !person.isBlank()) {
            where.append(" AND (lower(a.email) LIKE ?2 OR lower(m.first_name || ' ' || m.last_name) LIKE ?2)");
        }
        Query query = em.createNativeQuery("SELECT d.downloaded_at,"
                        + " CASE WHEN a.id IS NULL THEN NULL ELSE m.first_name || ' ' || m.last_name || ' <' || a.email || '>' END,"
                        + " c.name, i.title, v.number, v.file_name FROM app.download_log d"
                        + " JOIN app.document_version v ON v.id = d.version_id JOIN app.space_item i ON i.id = d.item_id"
                        + " JOIN app.community c ON c.id = d.community_id"
                        + " LEFT JOIN app.account a ON a.id = d.account_id LEFT JOIN app.member m ON m.account_id = a.id"
                        + where + " ORDER BY d.downloaded_at DESC, d.id DESC LIMIT " + PAGE);
        if (communityId != null) {
            query.setParameter(1, communityId);
        }
        if (person != null && !person.isBlank()) {
            query.setParameter(2, "%" + person.strip().toLowerCase() + "%");
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new DownloadLine(((Timestamp) row[0]).toInstant(), (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue(), (String) row[5])).toList();
    }
}
