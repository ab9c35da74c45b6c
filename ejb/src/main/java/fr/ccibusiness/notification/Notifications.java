package fr.ccibusiness.notification;

import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.NotificationFrequency;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Queues the e-mails about something new, in the transaction of what is new: a rolled-back message
 * notifies nobody. A row names the person or the item it is about by id; {@link NotificationDispatcher}
 * writes the words, in the reader's language, when it sends them.
 */
@Dependent
public class Notifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    public void contactRequested(Member recipient, long fromId) {
        queue(recipient, NotificationKind.CONTACT, "/network/index.xhtml", "notification.contact", fromId);
    }

    /** A declined request is not announced: only an acceptance is. */
    public void contactAccepted(Member requester, long byId) {
        queue(requester, NotificationKind.CONTACT, "/person.xhtml?id=" + byId, "notification.accepted", byId);
    }

    /** One notice per conversation until it is sent: a burst of messages makes one e-mail. */
    public void messageReceived(Member recipient, long fromId) {
        String link = "/messages/conversation.xhtml?with=" + fromId;
        boolean waiting = !em.createNativeQuery("SELECT 1 FROM app.notification WHERE account_id = ?1 AND link = ?2"
                        + " AND sent_at IS NULL LIMIT 1").setParameter(1, recipient.getAccount().getId())
                .setParameter(2, settings.baseUrl() + link).getResultList().isEmpty();
        if (!waiting) {
            queue(recipient, NotificationKind.MESSAGE, link, "notification.message", fromId);
        }
    }

    /** A new announcement of a community, for the members who chose to hear of it. */
    public void announcementPublished(long communityId, long announcementId, long authorId) {
        newContent(communityId, authorId, "/space.xhtml?id=" + communityId, "notification.announcement", announcementId, null);
    }

    /** A new document, a new version of one, or a new link ({@code key} says which). */
    public void itemPublished(long communityId, long itemId, long authorId, String path, String key) {
        newContent(communityId, authorId, path, key, null, itemId);
    }

    /**
     * Tells the active members of the target communities who chose to hear of new content that a
     * consultation was published there, once each whatever the number of its communities they are in
     * (the notice names the first); returns how many will be told.
     */
    public int consultationPublished(List<Long> communityIds, long consultationId, long buyerId) {
        Instant now = clock.instant();
        int told = 0;
        String ids = "{" + String.join(",", communityIds.stream().map(String::valueOf).toList()) + "}";
        for (NotificationFrequency frequency : List.of(NotificationFrequency.EACH, NotificationFrequency.DAILY)) {
            Instant due = DigestTime.due(frequency, now).orElseThrow();
            told += em.createNativeQuery("INSERT INTO app.notification (account_id, kind, message_key, community_id,"
                            + " consultation_id, link, created_at, due_at)"
                            + " SELECT a.id, 'CONTENT', 'notification.consultation', min(ms.community_id), ?1, ?2, ?3, ?4"
                            + " FROM app.membership ms JOIN app.account a ON a.id = ms.account_id"
                            + " JOIN app.member m ON m.account_id = a.id"
                            + " WHERE ms.community_id = ANY(CAST(?5 AS BIGINT[])) AND ms.status = 'ACTIVE' AND a.id <> ?6"
                            + " AND m.content_notification = ?7 GROUP BY a.id")
                    .setParameter(1, consultationId).setParameter(2, settings.baseUrl() + "/consultation.xhtml?id=" + consultationId)
                    .setParameter(3, Timestamp.from(now)).setParameter(4, Timestamp.from(due)).setParameter(5, ids)
                    .setParameter(6, buyerId).setParameter(7, frequency.name()).executeUpdate();
        }
        return told;
    }

    /**
     * Tells the active members of a community who chose it (but not {@code authorId}) that something
     * was published there; one statement per frequency, whatever the community's size.
     */
    private void newContent(long communityId, long authorId, String path, String key, Long announcementId, Long itemId) {
        Instant now = clock.instant();
        for (NotificationFrequency frequency : List.of(NotificationFrequency.EACH, NotificationFrequency.DAILY)) {
            Instant due = DigestTime.due(frequency, now).orElseThrow();
            em.createNativeQuery("INSERT INTO app.notification (account_id, kind, message_key, community_id,"
                            + " announcement_id, space_item_id, link, created_at, due_at)"
                            + " SELECT a.id, 'CONTENT', ?1, ?2, CAST(?3 AS BIGINT), CAST(?4 AS BIGINT), ?5, ?6, ?7"
                            + " FROM app.membership ms JOIN app.account a ON a.id = ms.account_id"
                            + " JOIN app.member m ON m.account_id = a.id"
                            + " WHERE ms.community_id = ?2 AND ms.status = 'ACTIVE' AND a.id <> ?8 AND m.content_notification = ?9")
                    .setParameter(1, key).setParameter(2, communityId).setParameter(3, announcementId)
                    .setParameter(4, itemId).setParameter(5, settings.baseUrl() + path)
                    .setParameter(6, Timestamp.from(now)).setParameter(7, Timestamp.from(due))
                    .setParameter(8, authorId).setParameter(9, frequency.name()).executeUpdate();
        }
    }

    private void queue(Member recipient, NotificationKind kind, String path, String key, long aboutAccountId) {
        Instant now = clock.instant();
        DigestTime.due(recipient.getMessageNotification(), now).ifPresent(due -> em.persist(new Notification(
                recipient.getAccount(), kind, key, aboutAccountId, settings.baseUrl() + path, now, due)));
    }
}
