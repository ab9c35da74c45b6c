package fr.ccibusiness.advisory;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's part of the support services on erasure: their name leaves the requests they made, the
 * messages they wrote, the files they joined and the requests they worked on; the CCI keeps the
 * requests themselves (the company, the service, what was asked and done) for its records until the
 * retention job purges them. Their downloads and the services they delivered go.
 */
@Dependent
public class SupportErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "DELETE FROM app.support_download WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "DELETE FROM app.support_offer_advisor WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.support_attachment SET uploaded_by = NULL WHERE uploaded_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.support_entry SET author_id = NULL WHERE author_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.support_request SET advisor_id = NULL WHERE advisor_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.support_request SET requester_id = NULL WHERE requester_id = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
    }
}
