package fr.ccibusiness.notification;

import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.NotificationFrequency;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Queues the e-mails about something new, in the transaction of what is new: a rolled-back message
 * notifies nobody. Each line is written in its reader's language; {@link NotificationDispatcher}
 * sends them when due.
 */
@Dependent
public class Notifications {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    public void contactRequested(Member recipient, String fromName) {
        queue(recipient, NotificationKind.CONTACT, "/network/index.xhtml", "notification.contact", fromName);
    }

    /** A declined request is not announced: only an acceptance is. */
    public void contactAccepted(Member requester, String byName, long byId) {
        queue(requester, NotificationKind.CONTACT, "/person.xhtml?id=" + byId, "notification.accepted", byName);
    }

    /** One notice per conversation until it is sent: a burst of messages makes one e-mail. */
    public void messageReceived(Member recipient, String fromName, long fromId) {
        String link = "/messages/conversation.xhtml?with=" + fromId;
        boolean waiting = !em.createNativeQuery("SELECT 1 FROM app.notification WHERE account_id = ?1 AND link = ?2"
                        + " AND sent_at IS NULL LIMIT 1").setParameter(1, recipient.getAccount().getId())
                .setParameter(2, settings.baseUrl() + link).getResultList().isEmpty();
        if (!waiting) {
            queue(recipient, NotificationKind.MESSAGE, link, "notification.message", fromName);
        }
    }

    /**
     * Tells the active members of a community who chose it (but not {@code authorId}) that something
     * was published there; one statement per language and frequency, whatever the community's size.
     */
    public void newContent(long communityId, long authorId, String path, String key, Object... args) {
        Instant now = clock.instant();
        for (NotificationFrequency frequency : List.of(NotificationFrequency.EACH, NotificationFrequency.DAILY)) {
            Instant due = DigestTime.due(frequency, now).orElseThrow();
            for (Locale language : LANGUAGES) {
                em.createNativeQuery("INSERT INTO app.notification (account_id, kind, line, link, created_at, due_at)"
                                + " SELECT a.id, 'CONTENT', ?1, ?2, ?3, ?4 FROM app.membership ms"
                                + " JOIN app.account a ON a.id = ms.account_id JOIN app.member m ON m.account_id = a.id"
                                + " WHERE ms.community_id = ?5 AND ms.status = 'ACTIVE' AND a.id <> ?6"
                                + " AND m.content_notification = ?7 AND a.language = ?8")
                        .setParameter(1, line(language, key, args)).setParameter(2, settings.baseUrl() + path)
                        .setParameter(3, Timestamp.from(now)).setParameter(4, Timestamp.from(due))
                        .setParameter(5, communityId).setParameter(6, authorId).setParameter(7, frequency.name())
                        .setParameter(8, language.getLanguage()).executeUpdate();
            }
        }
    }

    private void queue(Member recipient, NotificationKind kind, String path, String key, Object... args) {
        Instant now = clock.instant();
        DigestTime.due(recipient.getMessageNotification(), now).ifPresent(due -> em.persist(new Notification(
                recipient.getAccount(), kind, line(recipient.getAccount().getLocale(), key, args),
                settings.baseUrl() + path, now, due)));
    }

    static String line(Locale language, String key, Object... args) {
        String text = new MessageFormat(ResourceBundle.getBundle("mail", language).getString(key), language).format(args);
        return text.length() > Notification.LINE_MAX ? text.substring(0, Notification.LINE_MAX - 1) + "…" : text;
    }
}
