package fr.ccibusiness.newsletter;

/**
 * Who receives a community's newsletter: its active members whose subscription is on, read at the
 * moment of sending (someone who left or unsubscribed is not read). {@code ?1} is the community.
 */
public final class NewsletterAudience {

    static final String FROM = " FROM app.newsletter_subscription s"
            + " WHERE s.community_id = ?1 AND s.unsubscribed_at IS NULL AND EXISTS (SELECT 1 FROM app.membership m"
            + " WHERE m.account_id = s.account_id AND m.community_id = s.community_id AND m.status = 'ACTIVE')";

    public static final String COUNT = "SELECT count(*)" + FROM;

    /**
     * The next subscribers of one partition ({@code account_id % ?2 = ?3}) after {@code ?4}, the last
     * account handled, {@code ?6} at most ({@code ?5}, the newsletter, is unused here): walks the
     * subscriptions' index in account order and stops at the limit. The job's checkpoint is that last
     * account, committed with the deliveries before it, so nobody after it has been handled yet.
     */
    public static final String NEXT = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND ?5 > 0 ORDER BY s.account_id LIMIT ?6";

    /** Like {@link #NEXT}, for the recipients whose delivery failed and who are still subscribers. */
    public static final String FAILED = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND EXISTS (SELECT 1 FROM app.newsletter_delivery d WHERE d.newsletter_id = ?5 AND d.account_id = s.account_id"
            + " AND d.status = 'FAILED') ORDER BY s.account_id LIMIT ?6";

    private NewsletterAudience() {
    }
}
