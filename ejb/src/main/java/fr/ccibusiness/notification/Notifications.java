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
import java.util.Locale;
import java.util.stream.Collectors;

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
     * What a member must match to hear of a consultation, each list empty when it asks nothing: a
     * company of theirs with one of the NAF codes, a company of theirs holding one of the
     * certifications, one of the competences on their own profile.
     */
    public record Match(List<String> nafCodes, List<String> certifications, List<String> competences) {
    }

    /**
     * Tells the active members of the target communities who match and chose to hear of new content
     * that a consultation was published there, once each whatever the number of its communities they
     * are in (the notice names the first); returns how many will be told.
     */
    public int consultationPublished(List<Long> communityIds, long consultationId, long buyerId, Match match) {
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
                            + " AND m.content_notification = ?7"
                            + " AND (CAST(?8 AS TEXT[]) = '{}' OR EXISTS (SELECT 1 FROM app.company_link l JOIN app.company c"
                            + "   ON c.id = l.company_id WHERE l.account_id = a.id AND l.status = 'APPROVED'"
                            + "   AND c.naf_code = ANY(CAST(?8 AS TEXT[]))))"
                            + " AND (CAST(?9 AS TEXT[]) = '{}' OR EXISTS (SELECT 1 FROM app.company_link l"
                            + "   JOIN app.company_certification cc ON cc.company_id = l.company_id WHERE l.account_id = a.id"
                            + "   AND l.status = 'APPROVED' AND lower(cc.certification) = ANY(CAST(?9 AS TEXT[]))))"
                            + " AND (CAST(?10 AS TEXT[]) = '{}' OR EXISTS (SELECT 1 FROM app.member_competence mc"
                            + "   WHERE mc.account_id = a.id AND lower(mc.competence) = ANY(CAST(?10 AS TEXT[]))))"
                            + " GROUP BY a.id")
                    .setParameter(1, consultationId).setParameter(2, settings.baseUrl() + "/consultation.xhtml?id=" + consultationId)
                    .setParameter(3, Timestamp.from(now)).setParameter(4, Timestamp.from(due)).setParameter(5, ids)
                    .setParameter(6, buyerId).setParameter(7, frequency.name()).setParameter(8, array(match.nafCodes(), false))
                    .setParameter(9, array(match.certifications(), true)).setParameter(10, array(match.competences(), true))
                    .executeUpdate();
        }
        return told;
    }

    /** A PostgreSQL array literal of texts, lower-cased if asked, each quoted. */
    private static String array(List<String> values, boolean lowerCase) {
        return values.stream().map(v -> "\"" + (lowerCase ? v.toLowerCase(Locale.ROOT) : v).replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "{", "}"));
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
