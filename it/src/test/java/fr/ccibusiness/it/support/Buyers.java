package fr.ccibusiness.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;

/** Buyers, their consultations and the companies that respond, set up for the tests (through the pages where it matters). */
public final class Buyers {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Buyers() {
    }

    /** An organisation of the test CCI, allowed to publish to {@code community}, created straight in the database. */
    public static long organisation(long community) {
        long id = ((Number) Db.single("INSERT INTO app.buyer_organisation (name, siret, kind, cci_id, created_at)"
                + " SELECT ?, ?, 'PRIVATE', cci_id, now() FROM app.community WHERE id = ? RETURNING id",
                "Acheteur " + UUID.randomUUID().toString().substring(0, 6), Sirets.digits(Sirets.random()), community)).longValue();
        Db.update("INSERT INTO app.buyer_grant (organisation_id, community_id) VALUES (?, ?)", id, community);
        return id;
    }

    /** A new buyer of {@code organisation}, signed in. */
    public static WebClient buyerOf(long organisation) {
        String email = PlatformIT.newEmail();
        PlatformIT.registerConfirmed(new WebClient(), email, "Acheteur", "Test");
        long account = Db.accountId(email);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'buyer')", account);
        Db.update("INSERT INTO app.buyer_member (account_id, organisation_id) VALUES (?, ?)", account, organisation);
        WebClient web = new WebClient();
        PlatformIT.signIn(web, email, PlatformIT.PASSWORD);
        return web;
    }

    /** A draft saved through the buyer's form (valid values, then {@code overrides}); its id. */
    public static long draft(WebClient buyer, Map<String, String> overrides) {
        Page saved = buyer.submit(buyer.get("/buyer/consultation.xhtml"), "consultation", fields(overrides), "consultation:save");
        assertTrue(saved.globalMessages().contains("Le brouillon est enregistré"), saved.mainText());
        return Long.parseLong(saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    public static Map<String, String> fields(Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of("consultation:reference", "AO-" + UUID.randomUUID().toString().substring(0, 8),
                "consultation:title", "Usinage de pièces de structure",
                "consultation:object_input", "<p>Usinage de <strong>ferrures</strong> en titane.</p>",
                "consultation:valueBand", "FROM_221K_TO_1M",
                "consultation:responseDeadline", deadline(20)));
        fields.putAll(overrides);
        return fields;
    }

    public static Page publish(WebClient buyer, long id) {
        Page published = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + id), "lifecycle", Map.of(), "lifecycle:publish");
        assertTrue(published.globalMessages().contains("La consultation est publiée"), published.mainText());
        return published;
    }

    /** Uploads a tender document; returns the link to its first version. */
    public static String upload(WebClient buyer, long id, String title, String fileName, byte[] content) {
        Page page = buyer.get("/buyer/consultation.xhtml?id=" + id);
        Page uploaded = buyer.submitWithFile(page, "document", Map.of("document:title", title), "document:file", fileName,
                "application/pdf", content, "document:upload");
        assertTrue(uploaded.globalMessages().contains("La pièce est déposée"), uploaded.mainText());
        Element link = uploaded.doc().selectFirst("#documents a[href*=consultation/file]");
        return link.attr("href").replaceFirst("^.*?/consultation/file", "/consultation/file");
    }

    /** {@code days} from now, at noon, Paris time, as the browser's date-time field sends it. */
    public static String deadline(int days) {
        return LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(days).withHour(12).withMinute(0).format(LOCAL);
    }

    /** A company with {@code accountId} as an approved member, written straight to the database; its id. */
    public static long companyOf(long accountId, String name) {
        long company = ((Number) Db.single("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code,"
                + " commune_code, phone, department_code, created_at, updated_at) VALUES (?, ?, '25.62B',"
                + " '1 rue du Port', '14000', '14118', '02 31 00 00 00', '14', now(), now()) RETURNING id",
                Sirets.digits(Sirets.random()), name)).longValue();
        linkTo(accountId, company);
        return company;
    }

    public static void linkTo(long accountId, long company) {
        Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                + " VALUES (?, ?, 'APPROVED', now(), now())", company, accountId);
    }
}
