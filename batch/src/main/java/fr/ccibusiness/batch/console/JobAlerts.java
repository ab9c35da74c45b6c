package fr.ccibusiness.batch.console;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Tells every active administrator, by e-mail through the outbox, that a run of a job failed. */
@Dependent
public class JobAlerts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Transactional
    public void failed(String job, long executionId, String exitStatus) {
        @SuppressWarnings("unchecked")
        List<Number> admins = em.createNativeQuery("SELECT a.id FROM app.account a JOIN app.account_role r ON r.account_id = a.id"
                + " WHERE r.role = 'admin' AND a.status = 'ACTIVE' ORDER BY a.id").getResultList();
        for (Number id : admins) {
            Account admin = em.find(Account.class, id.longValue());
            outbox.fire(composer.compose(admin.getEmail(), admin.getLocale(), "job-failed", settings.baseUrl() + "/admin/jobs.xhtml",
                    accounts.memberOf(admin).getFirstName(), job, Long.toString(executionId), exitStatus == null ? "FAILED" : exitStatus)
                    .forAccount(admin.getId()));
        }
    }
}
