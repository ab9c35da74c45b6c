package fr.ccibusiness.messaging;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's part of the conversations on erasure: the messages they sent stay in the other
 * person's thread, anonymised; they leave each conversation, and a conversation both people left
 * goes with its messages and reports. Their reports and moderation decisions stay, without them.
 */
@Dependent
public class MessagingErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "UPDATE app.message SET sender_id = NULL WHERE sender_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.message_report SET reporter_id = NULL WHERE reporter_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.message_report SET decided_by = NULL WHERE decided_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.conversation SET first_id = NULL WHERE first_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.conversation SET second_id = NULL WHERE second_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
        String orphans = "SELECT id FROM app.conversation WHERE first_id IS NULL AND second_id IS NULL";
        em.createNativeQuery("DELETE FROM app.message_report WHERE message_id IN (SELECT id FROM app.message WHERE conversation_id IN ("
                + orphans + "))").executeUpdate();
        em.createNativeQuery("DELETE FROM app.message WHERE conversation_id IN (" + orphans + ")").executeUpdate();
        em.createNativeQuery("DELETE FROM app.conversation WHERE first_id IS NULL AND second_id IS NULL").executeUpdate();
    }
}
