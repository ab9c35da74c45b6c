package fr.ccibusiness.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The dispatch job's reads and writes, each in its own short transaction (the job's chunks run outside
 * any: `jberet.local-tx`): the next recipients; the claim of a chunk's recipients before they are sent;
 * their outcomes, with the newsletter's counters, as the relay answers. No transaction is open while
 * the relay is talked to, so a slow relay can neither time a transaction out nor have a sent chunk
 * rolled back and sent again.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class NewsletterDispatchStore {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** Who a newsletter goes to, as the job reads them. */
    public record Recipient(long accountId, String email, String firstName, Locale locale) {
    }

    /** The outcome of one recipient. */
    public record Delivery(long accountId, boolean sent, int attempts, String error) {
    }

    public NewsletterRenderer.Content content(long newsletterId) {
        Newsletter newsletter = em.find(Newsletter.class, newsletterId);
        if (newsletter == null) {
            throw new NewsletterNotFoundException();
        }
        return NewsletterRenderer.contentOf(newsletter);
    }

    /**
     * The next recipients of partition {@code partition} (of {@code partitions}, by account id) after
     * {@code afterAccountId}: subscribers not handled yet, or those who failed.
     */
    public List<Recipient> next(long newsletterId, long communityId, boolean failedOnly, int partition, int partitions,
                                long afterAccountId, int limit) {
        String sql = "SELECT r.account_id, a.email, m.first_name, a.language FROM ("
                + (failedOnly ? NewsletterAudience.FAILED : NewsletterAudience.NEXT).replaceAll("\\?\\d", "?")
                + ") r (account_id) JOIN app.account a ON a.id = r.account_id JOIN app.member m ON m.account_id = r.account_id"
                + " ORDER BY r.account_id";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            try (var plan = connection.createStatement()) {
                // The planner underestimates the partition filter (account_id % n), and then reads the whole
                // community into a bitmap, in parallel, and sorts it, for every page. A page is a few hundred
                // rows read in account order from the subscriptions' index: say so, for this transaction only.
                // Its cost estimate is then high enough to compile the query (JIT) for each page: 20 to 90 ms
                // for a query of 3.
                plan.execute("SET LOCAL enable_bitmapscan = off; SET LOCAL max_parallel_workers_per_gather = 0;"
                        + " SET LOCAL jit = off; SET LOCAL plan_cache_mode = force_custom_plan");
            }
            query.setLong(1, communityId);
            query.setInt(2, partitions);
            query.setInt(3, partition);
            query.setLong(4, afterAccountId);
            query.setLong(5, newsletterId);
            query.setInt(6, limit);
            List<Recipient> recipients = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    recipients.add(new Recipient(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Locale.forLanguageTag(rows.getString(4))));
                }
            }
            return recipients;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the recipients of newsletter " + newsletterId, e);
        }
    }

    /**
     * Claims recipients before they are sent: a row SENDING each (a failed one taken again, or one a run
     * that died had claimed). A run that dies leaves them SENDING: the next run reads them again.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void claim(long newsletterId, List<Long> accountIds) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
             Statement plan = planEachTime(connection);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO app.newsletter_delivery"
                     + " (newsletter_id, account_id, status, attempts, error, occurred_at) VALUES (?, ?, 'SENDING', 0, NULL, ?)"
                     + " ON CONFLICT (newsletter_id, account_id) DO UPDATE SET status = 'SENDING', occurred_at = EXCLUDED.occurred_at")) {
            for (long accountId : accountIds) {
                insert.setLong(1, newsletterId);
                insert.setLong(2, accountId);
                insert.setTimestamp(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming recipients of newsletter " + newsletterId, e);
        }
    }

    /** Records outcomes the relay gave and raises the counters, in one short transaction. */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(long newsletterId, boolean failedOnly, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int sent = 0;
        try (Connection connection = dataSource.getConnection();
             Statement plan = planEachTime(connection);
             PreparedStatement update = connection.prepareStatement("UPDATE app.newsletter_delivery SET status = ?,"
                     + " attempts = attempts + ?, error = ?, occurred_at = ? WHERE newsletter_id = ? AND account_id = ?")) {
            for (Delivery delivery : deliveries) {
                update.setString(1, delivery.sent() ? "SENT" : "FAILED");
                update.setInt(2, delivery.attempts());
                update.setString(3, delivery.error());
                update.setTimestamp(4, now);
                update.setLong(5, newsletterId);
                update.setLong(6, delivery.accountId());
                update.addBatch();
                sent += delivery.sent() ? 1 : 0;
            }
            update.executeBatch();
            int failed = deliveries.size() - sent;
            try (PreparedStatement counters = connection.prepareStatement(failedOnly
                    ? "UPDATE app.newsletter SET sent = sent + ?, failed = failed - ? WHERE id = ?"
                    : "UPDATE app.newsletter SET sent = sent + ?, failed = failed + ? WHERE id = ?")) {
                counters.setInt(1, sent);
                counters.setInt(2, failedOnly ? sent : failed);
                counters.setLong(3, newsletterId);
                counters.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording deliveries of newsletter " + newsletterId, e);
        }
    }

    /** Every recipient was handled: the newsletter is sent. */
    public void finish(long newsletterId) {
        em.createQuery("UPDATE Newsletter n SET n.status = :sent, n.finishedAt = :now WHERE n.id = :id AND n.status = :sending")
                .setParameter("sent", NewsletterStatus.SENT).setParameter("sending", NewsletterStatus.SENDING)
                .setParameter("now", clock.instant()).setParameter("id", newsletterId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Newsletter.class, newsletterId);
    }

    /**
     * Plans this transaction's statements for the deliveries table as it is now, not once for all: on a
     * new platform the table was analysed empty (the demo data's ANALYZE, or none yet), a prepared
     * statement's generic plan then reads it whole for each row, and a first dispatch of 50,000 slowed
     * to half its speed as the table filled (each UPDATE by key 30 to 60 ms by its end).
     */
    private static Statement planEachTime(Connection connection) throws SQLException {
        Statement plan = connection.createStatement();
        plan.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        return plan;
    }
}
