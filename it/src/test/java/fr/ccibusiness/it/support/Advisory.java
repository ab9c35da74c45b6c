package fr.ccibusiness.it.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The support services' fixtures: a CCI of its own per test, its staff, a company for a member, a service made through its page. */
public final class Advisory {

    private Advisory() {
    }

    /** A new CCI, so that each test has the queue, catalogue and statistics of its own. */
    public static long cci(String label) {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return ((Number) Db.single("INSERT INTO app.cci (code, name, city) VALUES (?, ?, 'Caen') RETURNING id", code,
                label + " " + code)).longValue();
    }

    public static String cciName(long cci) {
        return (String) Db.single("SELECT name FROM app.cci WHERE id = ?", cci);
    }

    /** Makes an account (with the role) staff of a CCI. */
    public static void staff(long accountId, long cci) {
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'cci-staff') ON CONFLICT DO NOTHING", accountId);
        Db.update("INSERT INTO app.cci_staff (cci_id, account_id) VALUES (?, ?)", cci, accountId);
    }

    /** A community of that CCI. */
    public static long community(long cci, String label) {
        String name = label + " " + UUID.randomUUID().toString().substring(0, 8);
        return ((Number) Db.single("INSERT INTO app.community (cci_id, kind, name, description, join_policy, created_at)"
                + " VALUES (?, 'SECTOR', ?, 'Description.', 'OPEN', now()) RETURNING id", cci, name)).longValue();
    }

    /** A company the account is linked to (approved), named {@code name}. */
    public static long company(long accountId, String name) {
        long company = ((Number) Db.single("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code,"
                + " commune_code, phone, department_code, created_at, updated_at) VALUES (?, ?, '25.62B',"
                + " '1 rue du Port', '14000', '14118', '02 31 00 00 00', '14', now(), now()) RETURNING id",
                Sirets.random().replace(" ", ""), name)).longValue();
        Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                + " VALUES (?, ?, 'APPROVED', now(), now())", company, accountId);
        return company;
    }

    /**
     * A service created by an advisor on the catalogue page, open to every member, delivered by them;
     * {@code extra} adds or replaces form fields. Returns its id.
     */
    public static long offer(WebClient advisor, long cci, long advisorId, String title, int targetDays, Map<String, String> extra) {
        Page form = advisor.get("/advisor/catalogue.xhtml");
        Map<String, String> fields = new HashMap<>();
        fields.put("offer:cci", Long.toString(cci));
        fields.put("offer:title", title);
        fields.put("offer:category", "EXPORT");
        fields.put("offer:description_input", "<p>Un conseiller fait le point avec vous.</p>");
        fields.put("offer:price", "");
        fields.put("offer:duration", "Une demi-journée");
        fields.put("offer:targetDays", Integer.toString(targetDays));
        fields.put("offer:advisors", Long.toString(advisorId));
        fields.putAll(extra);
        Page saved = advisor.submit(form, "offer", fields, "offer:save");
        URI uri = saved.uri();
        if (uri.getQuery() == null || !uri.getQuery().startsWith("id=")) {
            throw new AssertionError("The service was not saved: " + saved.globalMessages() + " " + saved.mainText());
        }
        return Long.parseLong(uri.getQuery().substring(3));
    }

    /** The state of a request in the database. */
    public static String status(long request) {
        return (String) Db.single("SELECT status FROM app.support_request WHERE id = ?", request);
    }

    /** The newest request of a company. */
    public static long requestOf(long company) {
        return ((Number) Db.single("SELECT max(id) FROM app.support_request WHERE company_id = ?", company)).longValue();
    }
}
