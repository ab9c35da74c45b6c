package fr.ccibusiness.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads and writes on the test database, to check what the platform really stored. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cci.test.db.url"),
                System.getProperty("cci.test.db.user"), System.getProperty("cci.test.db.password"));
    }

    public static long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    public static Object single(String sql, Object... params) {
        List<Object> rows = column(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static List<Object> column(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<Object> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Long accountId(String email) {
        Object id = single("SELECT id FROM app.account WHERE email = ?", email.toLowerCase());
        return id == null ? null : ((Number) id).longValue();
    }

    /** Registration needs a published policy; tests publish their own (no demo data in tests). */
    public static void ensurePolicyPublished() {
        update("INSERT INTO app.policy_version (label, published_on, text_fr, text_en, created_at)"
                + " VALUES ('test-1', DATE '2026-01-15', '<h2>Politique de test</h2><p>Texte.</p>',"
                + " '<h2>Test policy</h2><p>Text.</p>', now()) ON CONFLICT (label) DO NOTHING");
    }

    /** Failed sign-ins all come from 127.0.0.1 here: each test starts below the address limit. */
    public static void forgetFailedSignIns() {
        update("DELETE FROM app.connection_log WHERE outcome <> 'SUCCESS'");
    }

    /** A community of a test CCI, created straight in the database, for tests about what happens in it. */
    public static long community(String kind, String policy, String label) {
        update("INSERT INTO app.cci (code, name, city) VALUES ('cci-tests', 'CCI des tests', 'Caen') ON CONFLICT DO NOTHING");
        String name = label + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO app.community (cci_id, kind, name, description, join_policy, created_at)"
                + " SELECT id, ?, ?, 'Description.', ?, now() FROM app.cci WHERE code = 'cci-tests'", kind, name, policy);
        return ((Number) single("SELECT id FROM app.community WHERE name = ?", name)).longValue();
    }

    /** Makes an account an active member of a community, as an approved join would. */
    public static void join(long accountId, long communityId) {
        update("INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)"
                + " VALUES (?, ?, 'ACTIVE', now(), now())", communityId, accountId);
    }

    /** Makes an account an animator of a community, with the role. */
    public static void animate(long accountId, long communityId) {
        update("INSERT INTO app.community_animator (community_id, account_id) VALUES (?, ?)", communityId, accountId);
        update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'animator') ON CONFLICT DO NOTHING", accountId);
    }

    /**
     * {@code count} confirmed members of {@code community}, subscribed to its newsletter, written straight
     * to the database (their passwords are unusable): e-mails {@code prefix-1@example.org}, … in that order.
     */
    public static void subscribers(long community, String prefix, int count, String language) {
        update("WITH created AS (INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)"
                + " SELECT ? || '-' || n || '@example.org', 'x', 'ACTIVE', ?, now(), now() FROM generate_series(1, ?) n"
                + " RETURNING id),"
                + " members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Abonné', 'Prénom' || id FROM created),"
                + " roles AS (INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM created),"
                + " memberships AS (INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)"
                + " SELECT ?, id, 'ACTIVE', now(), now() FROM created)"
                + " INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)"
                + " SELECT ?, id, now(), 'JOIN' FROM created", prefix, language, count, community, community);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
