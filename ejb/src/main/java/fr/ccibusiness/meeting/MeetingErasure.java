package fr.ccibusiness.meeting;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's part of the meeting sessions on erasure: what they published and their requests go, and
 * so do their meetings still to come; a meeting already held (or missed) stays counted, without them.
 */
@Dependent
public class MeetingErasure {

    private static final String THEIRS = "(SELECT id FROM app.meeting_participant WHERE account_id = ANY(CAST(?1 AS BIGINT[])))";

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "DELETE FROM app.meeting WHERE status = 'PLANNED' AND (first_id IN " + THEIRS + " OR second_id IN " + THEIRS + ")",
                "UPDATE app.meeting SET request_id = NULL WHERE request_id IN (SELECT id FROM app.meeting_request"
                        + " WHERE from_id IN " + THEIRS + " OR to_id IN " + THEIRS + ")",
                "UPDATE app.meeting SET first_id = NULL WHERE first_id IN " + THEIRS,
                "UPDATE app.meeting SET second_id = NULL WHERE second_id IN " + THEIRS,
                "DELETE FROM app.meeting_request WHERE from_id IN " + THEIRS + " OR to_id IN " + THEIRS,
                "DELETE FROM app.meeting_participant WHERE account_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
    }
}
