package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rights requests (article 4): the public form verified by e-mail, the DPO's queue with legal due
 * dates, extension with a reason the person is told, overdue flags and digest, export, rectification,
 * erasure, answer; and the audit trail of reads of people's data in consoles (articles 6, 8).
 */
class RightsRequestsIT extends PlatformIT {

    private static final String DPO_MAILBOX = "dpo@ccibusiness.example.fr";
    private static WebClient dpo;

    @BeforeAll
    static void signInDpo() {
        dpo = signedInWithRole("dpo");
    }

    @AfterEach
    void putTheClockBack() {
        shiftClock(0);
    }

    @Test
    void theFormSaysWhatIsMissingNextToTheFieldAndKeepsWhatWasTyped() {
        WebClient visitor = new WebClient();
        Page page = send(visitor, "OTHER", "Durand", "Luc", "pas-une-adresse", "");
        assertTrue(page.messageFor("rights:email").contains("n’est pas valide"), page.mainText());
        assertEquals("Durand", page.valueOf("rights:lastName"));

        page = send(visitor, "OTHER", "Durand", "Luc", newEmail(), "");
        assertTrue(page.messageFor("rights:message").contains("Précisez"), page.mainText());

        page = send(visitor, "", "Durand", "Luc", newEmail(), "Texte");
        assertTrue(page.messageFor("rights:kind").contains("obligatoire"), page.mainText());
    }

    @Test
    void oneConnectionSendsOnlySoManyRequestsAnHour() {
        shiftClock(1); // a fresh hour: what the other tests sent does not count
        for (int i = 0; i < 30; i++) { // the test server's limit (cci.rights.per-hour); 5 by default
            assertTrue(send(new WebClient(), "ACCESS", "Martin", "Lou", newEmail(), "").text("rights-sent")
                    .contains("vous allez recevoir un e-mail"));
        }
        String refusedEmail = newEmail();
        Page refused = send(new WebClient(), "ACCESS", "Martin", "Lou", refusedEmail, "");
        assertTrue(refused.globalMessages().contains("Trop de demandes ont été envoyées depuis votre connexion"), refused.mainText());
        assertEquals("Martin", refused.valueOf("rights:lastName"), "nothing typed is lost");
        assertEquals(0, Db.count("SELECT count(*) FROM app.rights_request WHERE email = ?", refusedEmail), "no request, no e-mail");
    }

    @Test
    void aConfirmedRequestIsDueInOneMonthAndAnExtensionIsExplainedToThePerson() {
        String email = newEmail();
        assertTrue(send(new WebClient(), "ACCESS", "Martin", "Lou", email, "Je voudrais mes données.")
                .text("rights-sent").contains("vous allez recevoir un e-mail"));
        long id = requestId(email);
        assertEquals("UNVERIFIED", Db.single("SELECT status FROM app.rights_request WHERE id = ?", id));
        assertFalse(queue().contains(email), "not in the queue before the address is confirmed");

        Page confirmed = new WebClient().get(Mailbox.link(mailbox.await(email, 1)));
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);
        assertEquals(due, ((java.sql.Date) Db.single("SELECT due_on FROM app.rights_request WHERE id = ?", id)).toLocalDate());
        assertTrue(confirmed.text("rights-confirmed").contains("au plus tard le"), confirmed.mainText());
        MimeMessage received = mailbox.await(email, 2);
        assertTrue(Mailbox.part(received, "text/plain").contains("CNIL"), "the person is told where to complain");
        assertTrue(new WebClient().get(Mailbox.link(mailbox.await(email, 1))).text("rights-confirmed").contains("n’est pas"),
                "the link works once");

        Page queue = dpo.get("/dpo/requests.xhtml");
        int row = row(queue, id);
        Page detail = dpo.submit(queue, "requests", Map.of(), "requests:queue:" + row + ":open");
        assertEquals(email, detail.text("detail-email"));
        assertTrue(detail.text("detail-account").contains("Aucun compte"));

        Page refused = dpo.submit(detail, "requests", Map.of("requests:months", "2", "requests:reason", " "), "requests:extend");
        assertTrue(refused.messageFor("requests:reason").contains("raison"), refused.mainText());
        Page extended = dpo.submit(refused, "requests", Map.of("requests:months", "2",
                "requests:reason", "Demande complexe : plusieurs comptes à rapprocher."), "requests:extend");
        assertTrue(extended.globalMessages().contains("prolongé"), extended.mainText());
        assertEquals(due.plusMonths(2), ((java.sql.Date) Db.single("SELECT due_on FROM app.rights_request WHERE id = ?", id))
                .toLocalDate());
        MimeMessage told = mailbox.await(email, 3);
        assertTrue(Mailbox.part(told, "text/plain").contains("plusieurs comptes à rapprocher"), "the reason is told");
        assertTrue(extended.doc().getElementById("requests:extend") == null, "extended once only");
    }

    @Test
    void overdueRequestsStandOutAndFillTheDigest() {
        String email = newEmail();
        long id = confirmedRequest(email, "OPPOSITION", "Je m’oppose.");
        shiftClock(40);

        Page queue = dpo.get("/dpo/requests.xhtml");
        int row = row(queue, id);
        assertTrue(queue.doc().getElementById("requests:queue:" + row + ":overdue") != null, queue.mainText());
        assertTrue(queue.doc().select("tr.overdue").text().contains(email));

        int before = mailbox.to(DPO_MAILBOX).size();
        Page sent = dpo.submit(queue, "requests", Map.of(), "requests:digest");
        assertTrue(sent.globalMessages().contains("Récapitulatif envoyé"), sent.mainText());
        MimeMessage digest = mailbox.await(DPO_MAILBOX, before + 1);
        String text = Mailbox.part(digest, "text/plain");
        assertTrue(text.substring(text.indexOf("En retard"), text.indexOf("À traiter")).contains("n° " + id), text);
    }

    @Test
    void theDpoExportsRectifiesAnswersAndErasesForAPersonWithAnAccountAndEveryReadIsAudited() throws Exception {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Petit", "Noé");
        long account = Db.accountId(email);
        long id = confirmedRequest(email, "RECTIFICATION", "Mon nom s’écrit Petitjean.");

        Page detail = open(id);
        assertEquals("Noé Petit", detail.text("detail-account"));
        HttpResponse<byte[]> zip = dpo.bytes("/dpo/request-export?id=" + id);
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(zip.body(), StandardCharsets.ISO_8859_1).contains("data.json"));
        assertFalse(new String(new WebClient().bytes("/dpo/request-export?id=" + id).body(), StandardCharsets.ISO_8859_1)
                .contains("data.json"), "a visitor gets the sign-in form, not the export");

        Page rectified = dpo.submit(open(id), "requests", Map.of("requests:lastName", "Petitjean", "requests:firstName", "Noé"),
                "requests:rectify");
        assertTrue(rectified.globalMessages().contains("rectifiés"), rectified.mainText());
        assertEquals("Petitjean", Db.single("SELECT last_name FROM app.member WHERE account_id = ?", account));

        Page answered = dpo.submit(rectified, "requests", Map.of("requests:reply", "C’est corrigé.", "requests:close", "on"),
                "requests:answer");
        assertTrue(answered.globalMessages().contains("Réponse envoyée"), answered.mainText());
        assertEquals("CLOSED", Db.single("SELECT status FROM app.rights_request WHERE id = ?", id));
        Poll.until(() -> mailbox.to(email).stream().anyMatch(mail -> Mailbox.part(mail, "text/plain").contains("C’est corrigé.")),
                Duration.ofSeconds(10), "the reply (mail leaves after the commit)");
        assertEquals(List.of("RECEIVED", "EXPORTED", "RECTIFIED", "REPLIED", "CLOSED"),
                Db.column("SELECT action FROM app.rights_request_action WHERE request_id = ? ORDER BY id", id));

        long erasure = confirmedRequest(email, "ERASURE", null);
        Page erased = dpo.submit(open(erasure), "requests", Map.of(), "requests:erase");
        assertTrue(erased.globalMessages().contains("supprimés"), erased.mainText());
        assertNull(Db.accountId(email));
        assertEquals("CLOSED", Db.single("SELECT status FROM app.rights_request WHERE id = ?", erasure));
        assertEquals(0, Db.count("SELECT count(*) FROM app.audit_entry WHERE subject_account_id = ? AND subject_label IS NOT NULL",
                account), "an erased person stays in the trail without their name");
        assertTrue(Db.count("SELECT count(*) FROM app.audit_entry WHERE subject_account_id = ? AND what LIKE 'export%'",
                account) == 1);
    }

    @Test
    void animatorsReadingMembersAreAuditedAndOnlyTheDpoSearchesTheTrail() {
        String memberEmail = newEmail();
        WebClient member = new WebClient();
        registerConfirmed(member, memberEmail, "Lecomte", "Inès");
        signIn(member, memberEmail, PASSWORD);
        long community = Db.community("SECTOR", "OPEN", "Audit");
        member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        String animatorEmail = newEmail();
        WebClient animator = new WebClient();
        registerConfirmed(animator, animatorEmail, "Animatrice", "Zoé");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'animator')", Db.accountId(animatorEmail));
        Db.update("INSERT INTO app.community_animator (community_id, account_id) VALUES (?, ?)", community,
                Db.accountId(animatorEmail));
        signIn(animator, animatorEmail, PASSWORD);

        assertTrue(animator.get("/animation/community.xhtml?id=" + community).text("community-members").contains(memberEmail));

        Page trail = dpo.submit(dpo.get("/dpo/audit.xhtml"), "audit", Map.of("audit:subject", memberEmail), "audit:search");
        assertTrue(trail.doc().select("[id$=':actor']").text().contains(animatorEmail), trail.mainText());
        assertTrue(trail.doc().select("[id$=':what']").text().contains("membres"), trail.mainText());
        assertEquals(404, member.get("/dpo/audit.xhtml").status());
        assertEquals(404, signedInWithRole("admin").get("/dpo/requests.xhtml").status(), "the requests are the DPO's");
    }

    @Test
    void aDpoWhoLeavesIsForgottenButTheHistoryOfTheRequestsStays() {
        String email = newEmail();
        long id = confirmedRequest(email, "OTHER", "Une question.");
        String dpoEmail = newEmail();
        registerConfirmed(new WebClient(), dpoEmail, "Sortant", "Dpo");
        long dpoAccount = Db.accountId(dpoEmail);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'dpo')", dpoAccount);
        WebClient leaving = new WebClient();
        signIn(leaving, dpoEmail, PASSWORD);
        Page queue = leaving.get("/dpo/requests.xhtml");
        Page detail = leaving.submit(queue, "requests", Map.of(), "requests:queue:" + row(queue, id) + ":open");
        leaving.submit(detail, "requests", Map.of("requests:reply", "Voici la réponse."), "requests:answer");

        leaving.submit(leaving.get("/account/delete.xhtml"), "delete", Map.of("delete:currentPassword", PASSWORD), "delete:submit");

        assertNull(Db.accountId(dpoEmail));
        assertEquals(List.of("RECEIVED", "REPLIED", "CLOSED"),
                Db.column("SELECT action FROM app.rights_request_action WHERE request_id = ? ORDER BY id", id));
        assertEquals(0, Db.count("SELECT count(*) FROM app.rights_request_action WHERE actor_id = ?", dpoAccount));
        assertEquals(0, Db.count("SELECT count(*) FROM app.audit_entry WHERE actor_id = ? OR actor_label LIKE ?", dpoAccount,
                "%" + dpoEmail + "%"));
    }

    @Test
    void theDpoExportsTheQueueAndTheTrailAsFilteredEachExportAuditedAndNoFormulaRuns() {
        String email = newEmail();
        int before = mailbox.to(email).size();
        send(new WebClient(), "OTHER", "Tableur", "=SOMME(1;2)", email, "Une question.");
        new WebClient().get(Mailbox.link(mailbox.await(email, before + 1)));
        mailbox.await(email, before + 2);
        long queueExports = Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV de la file des demandes%'");

        Page csv = dpo.submit(dpo.get("/dpo/requests.xhtml"), "requests", Map.of(), "requests:csv");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("demandes-droits.csv"), csv.headers().toString());
        assertTrue(csv.body().contains("'=SOMME(1;2) Tableur <" + email + ">"), "a name a spreadsheet would run is exported inert: " + csv.body());
        assertFalse(csv.body().contains("Ouvrir"), "no column of buttons: " + csv.body());
        assertEquals(queueExports + 1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV de la file des demandes%'"));
        byte[] excel = dpo.submitForBytes(dpo.get("/dpo/requests.xhtml"), "requests", Map.of(), "requests:xlsx");
        assertEquals('P', excel[0]);
        assertEquals('K', excel[1]);
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export Excel de la file des demandes%'"
                + " AND occurred_at > now() - interval '1 minute'"));

        // The trail, searched then exported whole as filtered (here: the queue's exports), itself audited.
        Page trail = dpo.submit(dpo.get("/dpo/audit.xhtml"), "audit", Map.of("audit:subject", "demande(s) d’exercice de droits exportée(s)"),
                "audit:search");
        assertTrue(trail.doc().select("[id$=':what']").text().contains("export Excel de la file des demandes"), trail.mainText());
        Page trailCsv = dpo.submit(trail, "trail", Map.of(), "trail:csv");
        assertTrue(trailCsv.body().lines().findFirst().orElse("").contains("Quoi"), trailCsv.body());
        assertTrue(trailCsv.body().contains("export CSV de la file des demandes"), trailCsv.body());
        assertEquals(trailCsv.body().strip().lines().count() - 1, ((Number) Db.single("SELECT count(*) FROM app.audit_entry"
                + " WHERE subject_label LIKE '%demande(s) d’exercice de droits exportée(s)%'")).longValue(), "every entry found, no more");
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV du journal des accès%'"
                + " AND occurred_at > now() - interval '1 minute'"));
    }

    private static Page send(WebClient web, String kind, String lastName, String firstName, String email, String message) {
        Map<String, String> fields = new HashMap<>();
        fields.put("rights:kind", kind);
        fields.put("rights:lastName", lastName);
        fields.put("rights:firstName", firstName);
        fields.put("rights:email", email);
        fields.put("rights:message", message);
        return web.submit(web.get("/rights.xhtml"), "rights", fields, "rights:send");
    }

    private static long confirmedRequest(String email, String kind, String message) {
        int before = mailbox.to(email).size();
        send(new WebClient(), kind, "Nom", "Prénom", email, message == null ? "" : message);
        new WebClient().get(Mailbox.link(mailbox.await(email, before + 1)));
        mailbox.await(email, before + 2);
        return ((Number) Db.single("SELECT max(id) FROM app.rights_request WHERE email = ?", email)).longValue();
    }

    private static long requestId(String email) {
        return ((Number) Db.single("SELECT max(id) FROM app.rights_request WHERE email = ?", email)).longValue();
    }

    private static Page open(long id) {
        Page queue = dpo.get("/dpo/requests.xhtml");
        return dpo.submit(queue, "requests", Map.of(), "requests:queue:" + row(queue, id) + ":open");
    }

    private static String queue() {
        return dpo.get("/dpo/requests.xhtml").mainText();
    }

    private static int row(Page queue, long id) {
        List<String> numbers = queue.doc().select("[id$=':number']").eachText();
        int row = numbers.indexOf(String.valueOf(id));
        assertTrue(row >= 0, "request " + id + " in the queue: " + numbers);
        return row;
    }
}
