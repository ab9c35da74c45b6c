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
     * account read, {@code ?6} at most, who have no outcome yet for newsletter {@code ?5}: walks the
     * subscriptions' index in account order and stops at the limit. Deliveries are recorded in their own
     * transactions, apart from the job's checkpoint: a run resumed from an earlier checkpoint skips who
     * already has an outcome, and takes again who was only claimed (SENDING) by a run that died.
     * <p>
     * {@code OFFSET 0} keeps the outcome check a look-up of the deliveries' key for each subscriber
     * read: as an anti-join, the planner, whose statistics date from before the dispatch, took the
     * newsletter's deliveries for none, and read them all for every page (a 50,000-recipient dispatch
     * spent 48 s on one page near its end).
     */
    public static final String NEXT = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND NOT EXISTS (SELECT 1 FROM app.newsletter_delivery d WHERE d.newsletter_id = ?5"
            + " AND d.account_id = s.account_id AND d.status <> 'SENDING' OFFSET 0) ORDER BY s.account_id LIMIT ?6";

    /**
     * Like {@link #NEXT}, for the recipients whose delivery failed (or was taken again by a run that died)
     * and who are still subscribers.
     */
    public static final String FAILED = "SELECT s.account_id" + FROM + " AND s.account_id % ?2 = ?3 AND s.account_id > ?4"
            + " AND EXISTS (SELECT 1 FROM app.newsletter_delivery d WHERE d.newsletter_id = ?5 AND d.account_id = s.account_id"
            + " AND d.status IN ('FAILED', 'SENDING') OFFSET 0) ORDER BY s.account_id LIMIT ?6";

    private NewsletterAudience() {
    }
}
