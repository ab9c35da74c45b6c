package fr.ccibusiness.retention;

import fr.ccibusiness.outbox.MailDelivered;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

/**
 * A retention warning counts from the moment the relay accepted it: the account is stamped warned then,
 * in the transaction that takes the mail out of the outbox. A warning that never left warns nobody, and
 * an account not warned is not deleted.
 */
@Dependent
public class RetentionWarnings {

    /** The template, and the kind of the warning in the outbox. */
    static final String KIND = "retention-warning";

    @PersistenceContext
    private EntityManager em;

    void stamp(@Observes MailDelivered delivered) {
        if (KIND.equals(delivered.kind()) && delivered.accountId() != null) {
            em.createNativeQuery("UPDATE app.account SET retention_warned_at = ?1 WHERE id = ?2 AND retention_warned_at IS NULL")
                    .setParameter(1, Timestamp.from(delivered.at())).setParameter(2, delivered.accountId()).executeUpdate();
        }
    }
}
