package fr.ccibusiness.consultation;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's part of the consultations on erasure: they leave their buyer organisation; what they
 * created, uploaded, downloaded and deposited stays (responses belong to their company), and their questions stay, without them; the journal forgets
 * the account and keeps the number it was hashed with (its chain stays intact).
 */
@Dependent
public class ConsultationErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "DELETE FROM app.buyer_member WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.consultation_follower WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.consultation SET created_by = NULL WHERE created_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.tender_document_version SET uploaded_by = NULL WHERE uploaded_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.tender_download SET account_id = NULL WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.response_deposit SET deposited_by = NULL WHERE deposited_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.consultation_question SET asked_by = NULL WHERE asked_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.consultation_question SET answered_by = NULL WHERE answered_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.consultation_journal SET actor_id = NULL WHERE actor_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
    }
}
