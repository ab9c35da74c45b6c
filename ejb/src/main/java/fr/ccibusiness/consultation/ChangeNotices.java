package fr.ccibusiness.consultation;

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
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells those who follow a consultation of a change (a new version of a tender document, new
 * deadlines): everyone who downloaded one of its documents, and everyone who asked to be told (members,
 * and visitors of a public consultation by the address they left), once each, through the outbox.
 */
@Dependent
public class ChangeNotices {

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

    /** Sends the notice {@code key} ("consultation-new-version", "consultation-new-deadlines") with {@code what} to each follower. */
    void tell(Consultation consultation, String key, String what) {
        String link = settings.baseUrl() + "/consultation.xhtml?id=" + consultation.getId();
        String title = consultation.getReference() + " — " + consultation.getTitle();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM app.tender_download WHERE consultation_id = ?1"
                + " UNION SELECT account_id FROM app.consultation_follower WHERE consultation_id = ?1").setParameter(1, consultation.getId())
                .getResultList();
        ids.stream().filter(Objects::nonNull).map(id -> em.find(Account.class, id.longValue())).filter(a -> a != null && a.isActive())
                .forEach(a -> outbox.fire(composer.compose(a.getEmail(), a.getLocale(), key, link,
                        accounts.memberOf(a).getFirstName(), title, what).forAccount(a.getId())));
        @SuppressWarnings("unchecked")
        List<Object[]> visitors = em.createNativeQuery("SELECT email, name FROM app.consultation_follower WHERE consultation_id = ?1"
                + " AND account_id IS NULL").setParameter(1, consultation.getId()).getResultList();
        for (Object[] visitor : visitors) {
            outbox.fire(composer.compose((String) visitor[0], Locale.FRENCH, key, link,
                    visitor[1] == null ? visitor[0] : visitor[1], title, what));
        }
    }
}
