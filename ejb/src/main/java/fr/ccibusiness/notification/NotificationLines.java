package fr.ccibusiness.notification;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes the words of a notification when it is sent, in its reader's language: the name of the
 * person it is about as it is now, or the community's name and the title of the item or consultation
 * published. A notice about something gone (a person erased, an item removed, a consultation
 * cancelled) has no words: it is not sent.
 */
@Dependent
public class NotificationLines {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    Optional<String> line(Notification notification, Locale language) {
        if (notification.getLine() != null) {
            return Optional.of(notification.getLine());
        }
        if (notification.getAboutAccountId() != null) {
            Account about = em.find(Account.class, notification.getAboutAccountId());
            return Optional.ofNullable(about).map(accounts::memberOf)
                    .map(member -> format(language, notification.getMessageKey(), member.getDisplayName()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> item = em.createNativeQuery("SELECT c.name, COALESCE(a.title, i.title, k.title) FROM app.community c"
                        + " LEFT JOIN app.announcement a ON a.id = CAST(?2 AS BIGINT)"
                        + " LEFT JOIN app.space_item i ON i.id = CAST(?3 AS BIGINT) AND i.removed_at IS NULL"
                        + " LEFT JOIN app.consultation k ON k.id = CAST(?4 AS BIGINT) AND k.status <> 'CANCELLED'"
                        + " WHERE c.id = ?1")
                .setParameter(1, notification.getCommunityId()).setParameter(2, notification.getAnnouncementId())
                .setParameter(3, notification.getSpaceItemId()).setParameter(4, notification.getConsultationId()).getResultList();
        return item.stream().filter(row -> row[1] != null).findFirst()
                .map(row -> format(language, notification.getMessageKey(), row[0], row[1]));
    }

    private static String format(Locale language, String key, Object... args) {
        return new MessageFormat(ResourceBundle.getBundle("mail", language).getString(key), language).format(args);
    }
}
