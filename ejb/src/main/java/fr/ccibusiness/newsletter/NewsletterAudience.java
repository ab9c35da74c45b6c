package fr.ccibusiness.newsletter;

/**
 * Who receives a community's newsletter: its active members whose subscription is on, read at the
 * moment of sending (someone who left or unsubscribed is not read). {@code ?1} is the community.
 */
public final class NewsletterAudience {

    static final String FROM = " FROM app.newsletter_subscription s JOIN app.membership m"
            + " ON m.community_id = s.community_id AND m.account_id = s.account_id AND m.status = 'ACTIVE'"
            + " WHERE s.community_id = ?1 AND s.unsubscribed_at IS NULL";

    public static final String COUNT = "SELECT count(*)" + FROM;

    /**
     * The next subscribers of one partition ({@code account_id % ?2 = ?3}) after {@code ?4} (an account
     * id) not yet handled for newsletter {@code ?5}, {@code ?6} at most.
     */
    public static final String NEXT = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND NOT EXISTS (SELECT 1 FROM app.newsletter_delivery d WHERE d.newsletter_id = ?5"
            + " AND d.account_id = s.account_id) ORDER BY s.account_id LIMIT ?6";

    /** Like {@link #NEXT}, for the recipients whose delivery failed and who are still subscribers. */
    public static final String FAILED = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND EXISTS (SELECT 1 FROM app.newsletter_delivery d WHERE d.newsletter_id = ?5 AND d.account_id = s.account_id"
            + " AND d.status = 'FAILED') ORDER BY s.account_id LIMIT ?6";

    private NewsletterAudience() {
    }
}
