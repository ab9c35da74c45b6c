package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Member;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The consultations' e-mails to many people at once, through the outbox: the accounts' people read in
 * one query, whatever their number; and the notices of a change (a new version of a tender document,
 * new deadlines) to everyone who follows the consultation.
 */
@Dependent
public class ConsultationMail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    /** Sends {@code key} to each active account of {@code accountIds} (nulls ignored), greeted by first name. */
    void toAccounts(Collection<? extends Number> accountIds, String key, String link, Object... args) {
        List<Long> ids = accountIds.stream().filter(Objects::nonNull).map(Number::longValue).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        for (Member member : em.createQuery("SELECT m FROM Member m JOIN FETCH m.account a WHERE m.accountId IN :ids"
                + " AND a.status = fr.ccibusiness.account.AccountStatus.ACTIVE", Member.class).setParameter("ids", ids).getResultList()) {
            Object[] greeted = Stream.concat(Stream.of(member.getFirstName()), Stream.of(args)).toArray();
            outbox.fire(composer.compose(member.getAccount().getEmail(), member.getAccount().getLocale(), key, link, greeted)
                    .forAccount(member.getAccount().getId()));
        }
    }

    /**
     * Tells those who follow a consultation of a change ({@code key}: "consultation-new-version",
     * "consultation-new-deadlines", with {@code what}): everyone who downloaded one of its documents and
     * everyone who asked to be told (members by their account, visitors of a public consultation by the
     * address they left), once each.
     */
    void changed(Consultation consultation, String key, String what) {
        String link = link(consultation);
        String title = consultation.getReference() + " — " + consultation.getTitle();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM app.tender_download WHERE consultation_id = ?1"
                + " UNION SELECT account_id FROM app.consultation_follower WHERE consultation_id = ?1").setParameter(1, consultation.getId())
                .getResultList();
        toAccounts(ids, key, link, title, what);
        @SuppressWarnings("unchecked")
        List<Object[]> visitors = em.createNativeQuery("SELECT email, name FROM app.consultation_follower WHERE consultation_id = ?1"
                + " AND account_id IS NULL").setParameter(1, consultation.getId()).getResultList();
        for (Object[] visitor : visitors) {
            outbox.fire(composer.compose((String) visitor[0], Locale.FRENCH, key, link,
                    visitor[1] == null ? visitor[0] : visitor[1], title, what));
        }
    }

    /** The consultation's page, as a link in an e-mail. */
    String link(Consultation consultation) {
        return settings.baseUrl() + "/consultation.xhtml?id=" + consultation.getId();
    }
}
