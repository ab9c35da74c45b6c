package fr.ccibusiness.space;

import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person's part of the community spaces on erasure: their downloads stay counted without them, and
 * what they published stays for the community without its author.
 */
@Dependent
public class SpaceErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        for (String sql : new String[] {
                "UPDATE app.download_log SET account_id = NULL WHERE account_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.announcement SET author_id = NULL WHERE author_id = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.space_item SET created_by = NULL WHERE created_by = ANY(CAST(?1 AS BIGINT[]))",
                "UPDATE app.document_version SET uploaded_by = NULL WHERE uploaded_by = ANY(CAST(?1 AS BIGINT[]))"}) {
            em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
    }
}
