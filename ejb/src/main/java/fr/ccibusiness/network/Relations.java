package fr.ccibusiness.network;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What ties two people, read fresh from the database in the caller's transaction: a former member
 * or an ended connection loses what it gave at once. Used by every service that shows a person or
 * lets one person reach another.
 */
@Dependent
public class Relations {

    @PersistenceContext
    private EntityManager em;

    public boolean connected(long a, long b) {
        return exists("SELECT 1 FROM app.contact_request WHERE status = 'ACCEPTED'"
                + " AND LEAST(requester_id, recipient_id) = LEAST(?1, ?2) AND GREATEST(requester_id, recipient_id) = GREATEST(?1, ?2)", a, b);
    }

    public boolean shareCommunity(long a, long b) {
        return exists("SELECT 1 FROM app.membership x JOIN app.membership y ON y.community_id = x.community_id"
                + " WHERE x.account_id = ?1 AND x.status = 'ACTIVE' AND y.account_id = ?2 AND y.status = 'ACTIVE'", a, b);
    }

    /** The communities where both are active members, by name. */
    @SuppressWarnings("unchecked")
    public List<SharedCommunity> sharedCommunities(long a, long b) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.name FROM app.community c"
                        + " JOIN app.membership x ON x.community_id = c.id AND x.account_id = ?1 AND x.status = 'ACTIVE'"
                        + " JOIN app.membership y ON y.community_id = c.id AND y.account_id = ?2 AND y.status = 'ACTIVE'"
                        + " ORDER BY c.name")
                .setParameter(1, a).setParameter(2, b).getResultList();
        return rows.stream().map(row -> new SharedCommunity(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** Whether {@code blocker} blocked {@code blocked}. */
    public boolean blocked(long blocker, long blocked) {
        return exists("SELECT 1 FROM app.member_block WHERE blocker_id = ?1 AND blocked_id = ?2", blocker, blocked);
    }

    public boolean blockedEitherWay(long a, long b) {
        return blocked(a, b) || blocked(b, a);
    }

    private boolean exists(String sql, long a, long b) {
        return !em.createNativeQuery(sql + " LIMIT 1").setParameter(1, a).setParameter(2, b).getResultList().isEmpty();
    }
}
