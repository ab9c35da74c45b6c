package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Advisory;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The CCIs' support services on the real platform: a service made on the catalogue page, a member's
 * request with a file, the advisor taking it, writing, keeping notes the member never sees, closing it,
 * the member's rating and the CCI's statistics; the working-day clock across a weekend and a public
 * holiday; bad input refused next to its field; and each CCI's staff kept to their own CCI for every
 * page and every action, whatever id is sent.
 */
class AdvisoryIT extends PlatformIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aRequestGoesFromTheMemberToTheAdvisorAndBackToARating() throws Exception {
        long cci = Advisory.cci("CCI du parcours");
        Person advisor = member("Conseil");
        Advisory.staff(advisor.id(), cci);
        Person colleague = member("Collègue");
        Advisory.staff(colleague.id(), cci);
        WebClient advisorWeb = personSignedIn(advisor.email()).web();
        long offer = Advisory.offer(advisorWeb, cci, advisor.id(), "Diagnostic export", 5, Map.of("offer:price", "690,50"));
        Page page = new WebClient().get("/service.xhtml?id=" + offer);
        assertEquals("Diagnostic export", page.h1());
        assertTrue(page.text("price").contains("690,50"), page.text("price"));
        assertTrue(page.text("target").contains("5 jours ouvrés"), page.text("target"));
        assertNotNull(page.doc().getElementById("sign-in-to-request"), "a visitor is asked to sign in");
        assertTrue(new WebClient().get("/services.xhtml?q=diagnostic+EXPORT&cci=" + cci).text("offers").contains("Diagnostic export"),
                "found by its words and its CCI");
        assertFalse(new WebClient().get("/services.xhtml?q=diagnostic&category=TRAINING").text("offers").contains("Diagnostic export"));

        Person asker = member("Demandeuse");
        long company = Advisory.company(asker.id(), "Forges du Bessin");
        Page form = asker.web().get("/service.xhtml?id=" + offer);
        Page empty = asker.web().submitWithFiles(form, "request", Map.of("request:company", Long.toString(company),
                "request:message", "   "), "request:files", List.of(), "request:submit");
        assertEquals("Décrivez votre besoin.", empty.messageFor("request:message"));
        Page wrongType = asker.web().submitWithFile(form, "request", Map.of("request:company", Long.toString(company),
                "request:message", "Nous voulons exporter."), "request:files", "virus.pdf", "application/pdf",
                "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "request:submit");
        assertFalse(wrongType.messageFor("request:files").isEmpty(), "a file that is not what its name says is refused");
        assertEquals("Nous voulons exporter.", wrongType.doc().getElementById("request:message").text(), "what was typed stays");
        assertEquals(0, Db.count("SELECT count(*) FROM app.support_request WHERE company_id = ?", company), "nothing half-saved");

        Page sent = asker.web().submitWithFile(form, "request", Map.of("request:company", Long.toString(company),
                "request:message", "Nous voulons vendre en Allemagne.\n<script>alert(1)</script>"), "request:files", "plaquette.pdf",
                "application/pdf", PDF, "request:submit");
        long request = Advisory.requestOf(company);
        assertEquals("/support/request.xhtml", sent.path());
        assertTrue(sent.globalMessages().contains("Votre demande est envoyée"), sent.mainText());
        assertEquals("Nouvelle", sent.text("status"));
        assertTrue(sent.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the message is shown as text");
        assertTrue(Mailbox.part(mailbox.awaitSubject(asker.email(), "Demande reçue — Diagnostic export"), "text/plain")
                .contains("au plus tard le"));
        mailbox.awaitSubject(advisor.email(), "Nouvelle demande — Diagnostic export — Forges du Bessin");
        String file = sent.doc().select("#request-files a.file").attr("href");
        HttpResponse<byte[]> download = asker.web().bytes(file);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());

        Page queue = advisorWeb.get("/advisor/queue.xhtml?status=NEW");
        assertTrue(queue.text("queue:requests").contains("Forges du Bessin"), queue.mainText());
        Page taken = advisorWeb.submit(advisorWeb.get("/advisor/request.xhtml?id=" + request), "assign", Map.of(), "assign:take");
        assertEquals("Attribuée", taken.text("status").replace(" En retard", ""));
        assertEquals(200, advisorWeb.bytes(file).statusCode(), "the CCI reads the request's files");
        Page mineQueue = advisorWeb.get(advisorWeb.get("/advisor/queue.xhtml").doc().getElementById("mine").attr("href"));
        assertTrue(mineQueue.text("queue:requests").contains("Forges du Bessin"), "the request taken is in \"my requests\"");
        Page given = advisorWeb.submit(taken, "assign", Map.of("assign:advisor", Long.toString(colleague.id())), "assign:give");
        assertTrue(given.text("advisor").contains("Collègue"), given.text("advisor"));
        mailbox.awaitSubject(colleague.email(), "Demande attribuée — Diagnostic export — Forges du Bessin");
        Page started = advisorWeb.submit(given, "steps", Map.of(), "steps:start");
        assertEquals("En cours", started.text("status"));
        Page noted = advisorWeb.submit(started, "note", Map.of("note:body", "Client déjà suivi en 2024."), "note:add");
        assertTrue(noted.text("history").contains("Client déjà suivi en 2024."));
        Page written = advisorWeb.submitWithFile(noted, "message", Map.of("message:body", "Je vous propose mardi 10 h."),
                "message:files", "programme.pdf", "application/pdf", PDF, "message:send");
        assertTrue(written.globalMessages().contains("Votre message est envoyé"), written.mainText());
        assertNotNull(Db.single("SELECT first_answered_at FROM app.support_request WHERE id = ?", request), "the clock stops");
        assertTrue(Mailbox.part(mailbox.awaitSubject(asker.email(), "Réponse de la CCI — Diagnostic export"), "text/plain")
                .contains("Je vous propose mardi 10 h."));

        assertTrue(Db.count("SELECT count(*) FROM app.audit_entry WHERE subject_account_id = ? AND what = ?", asker.id(),
                "support request " + request) >= 1, "the advisors' looks at the requester are in the audit trail");
        Page mine = asker.web().get("/support/request.xhtml?id=" + request);
        assertTrue(mine.text("history").contains("Je vous propose mardi 10 h."));
        assertTrue(mine.text("history").contains("Demande attribuée à Collègue"), mine.text("history"));
        assertFalse(mine.body().contains("Client déjà suivi"), "the member never sees the CCI's notes");
        assertEquals(2, mine.doc().select("a.file").size(), "their file and the advisor's");
        Page replied = asker.web().submitWithFiles(mine, "reply", Map.of("reply:body", "Mardi nous convient."), "reply:files",
                List.of(), "reply:send");
        assertTrue(replied.text("history").contains("Mardi nous convient."));
        mailbox.awaitSubject(colleague.email(), "Nouveau message du demandeur — Diagnostic export — Forges du Bessin");
        assertNull(replied.doc().getElementById("rate"), "no rating before the service is done");

        Page done = advisorWeb.submit(advisorWeb.get("/advisor/request.xhtml?id=" + request), "steps", Map.of(), "steps:complete");
        assertEquals("Terminée", done.text("status"));
        mailbox.awaitSubject(asker.email(), "Prestation terminée — Diagnostic export");
        Page rateForm = asker.web().get("/support/request.xhtml?id=" + request);
        Page unrated = asker.web().submit(rateForm, "rate", Map.of("rate:comment", "Très utile"), "rate:submit");
        assertEquals("Choisissez une note de 1 à 5.", unrated.messageFor("rate:rating"));
        Page rated = asker.web().submit(rateForm, "rate", Map.of("rate:rating", "5", "rate:comment", "Très utile"), "rate:submit");
        assertTrue(rated.text("rating").contains("5 / 5"), rated.mainText());
        assertNull(rated.doc().getElementById("rate"), "rated once");
        assertEquals(1, Db.count("SELECT count(*) FROM app.support_request WHERE id = ? AND rating = 5", request));
        assertEquals(2, Db.count("SELECT count(*) FROM app.support_download d JOIN app.support_attachment a ON a.id = d.attachment_id"
                + " WHERE a.request_id = ?", request), "every download is logged");

        Page satisfaction = advisorWeb.get("/advisor/satisfaction.xhtml");
        Element line = satisfaction.doc().select("[id='by-service:services'] tbody tr").stream().filter(tr -> tr.text().contains("Diagnostic export"))
                .findFirst().orElseThrow(() -> new AssertionError(satisfaction.mainText()));
        assertEquals("1", line.select(".ratings").text());
        assertEquals("5,0", line.select(".average").text());
        assertFalse(line.select(".median").text().isEmpty(), "the time to first answer is measured");
        assertTrue(satisfaction.text("by-advisor:advisors").contains("Collègue"), satisfaction.text("by-advisor:advisors"));
        String advisorsExported = "SELECT count(*) FROM app.audit_entry WHERE what = 'export CSV de la satisfaction par conseiller'";
        long advisorsExports = Db.count(advisorsExported);
        Page advisorsCsv = advisorWeb.submit(satisfaction, "by-advisor", Map.of(), "by-advisor:csv");
        assertTrue(advisorsCsv.body().contains("Collègue") && advisorsCsv.body().contains("5.0"), advisorsCsv.body());
        assertEquals(advisorsExports + 1, Db.count(advisorsExported), "an export naming advisors is written to the audit trail");

        try (java.util.zip.ZipInputStream export = new java.util.zip.ZipInputStream(new ByteArrayInputStream(
                asker.web().bytes("/account/my-data.zip").body()))) {
            java.util.Set<String> entries = new java.util.HashSet<>();
            for (var entry = export.getNextEntry(); entry != null; entry = export.getNextEntry()) {
                String content = new String(export.readAllBytes(), StandardCharsets.UTF_8);
                entries.add(entry.getName());
                if (entry.getName().equals("csv/support_requests.csv")) {
                    assertTrue(content.contains("Nous voulons vendre en Allemagne.") && content.contains("Très utile"), content);
                }
            }
            assertTrue(entries.containsAll(List.of("csv/support_requests.csv", "csv/support_messages.csv", "csv/support_files.csv")), entries.toString());
        }
        // The queue exported as filtered, with the columns the page keeps for the export (number, CCI, first answer), audited.
        long exports = Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export % de la file des demandes d’accompagnement%'");
        Page csv = advisorWeb.submit(advisorWeb.get("/advisor/queue.xhtml?status=DONE"), "queue", Map.of(), "queue:csv");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("demandes-accompagnement.csv"), csv.headers().toString());
        String exported = csv.body();
        assertTrue(exported.contains("Numéro") && exported.contains("Première réponse"), exported);
        assertTrue(exported.contains("Forges du Bessin") && exported.contains("Terminée"), exported);
        byte[] excel = advisorWeb.submitForBytes(advisorWeb.get("/advisor/queue.xhtml?status=DONE"), "queue", Map.of(), "queue:xlsx");
        assertEquals('P', excel[0]);
        assertEquals('K', excel[1]);
        assertEquals(exports + 2, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export % de la file des demandes d’accompagnement%'"),
                "each export is written to the audit trail");
    }

    @Test
    void theDeclineNeedsAReasonAndANewRequestMayBeWithdrawn() {
        long cci = Advisory.cci("CCI des refus");
        Person advisor = member("Refus");
        Advisory.staff(advisor.id(), cci);
        WebClient advisorWeb = personSignedIn(advisor.email()).web();
        long offer = Advisory.offer(advisorWeb, cci, advisor.id(), "Prêt d’honneur", 3, Map.of());
        Person asker = member("Retrait");
        long company = Advisory.company(asker.id(), "Biscuiterie du Pays d’Auge");
        long first = submit(asker, offer, company, "Un premier besoin.");
        Page withdrawn = asker.web().submit(asker.web().get("/support/request.xhtml?id=" + first), "withdraw", Map.of(), "withdraw:submit");
        assertEquals("Retirée", withdrawn.text("status"));
        assertNull(withdrawn.doc().getElementById("reply"), "a closed request takes no more messages");

        long second = submit(asker, offer, company, "Un second besoin.");
        Page form = advisorWeb.get("/advisor/request.xhtml?id=" + second);
        Page noReason = advisorWeb.submit(form, "decline", Map.of("decline:reason", " "), "decline:submit");
        assertEquals("Indiquez le motif du refus.", noReason.messageFor("decline:reason"));
        assertEquals("NEW", Advisory.status(second));
        Page declined = advisorWeb.submit(form, "decline", Map.of("decline:reason", "Relève de la CCI de l’Orne."), "decline:submit");
        assertEquals("Refusée", declined.text("status"));
        assertTrue(Mailbox.part(mailbox.awaitSubject(asker.email(), "Demande refusée — Prêt d’honneur"), "text/plain")
                .contains("Relève de la CCI de l’Orne."));
        Page seen = asker.web().get("/support/request.xhtml?id=" + second);
        assertEquals("Relève de la CCI de l’Orne.", seen.text("decline-reason"));
        assertNull(seen.doc().getElementById("withdraw"));

        Page badForm = advisorWeb.submit(advisorWeb.get("/advisor/catalogue.xhtml"), "offer", Map.of("offer:cci", Long.toString(cci),
                "offer:title", "", "offer:category", "", "offer:description_input", "<p>x</p>", "offer:targetDays", "5",
                "offer:advisors", Long.toString(advisor.id())), "offer:save");
        assertEquals("Indiquez l’intitulé du service.", badForm.messageFor("offer:title"));
        Page badPrice = advisorWeb.submit(advisorWeb.get("/advisor/catalogue.xhtml"), "offer", Map.of("offer:cci", Long.toString(cci),
                "offer:title", "Atelier", "offer:category", "HR", "offer:description_input", "<p>x</p>", "offer:price", "douze",
                "offer:targetDays", "5", "offer:advisors", Long.toString(advisor.id())), "offer:save");
        assertTrue(badPrice.messageFor("offer:price").startsWith("Indiquez un montant en euros"), badPrice.messageFor("offer:price"));
        assertEquals("douze", badPrice.valueOf("offer:price"), "what was typed stays");
        assertEquals(1, Db.count("SELECT count(*) FROM app.support_offer WHERE cci_id = ?", cci), "nothing half-saved");
    }

    @Test
    void theWorkingDayClockCrossesAWeekendAndAPublicHoliday() throws Exception {
        long cci = Advisory.cci("CCI de Noël");
        Person advisor = member("Horloge");
        Advisory.staff(advisor.id(), cci);
        WebClient advisorWeb = personSignedIn(advisor.email()).web();
        long offer = Advisory.offer(advisorWeb, cci, advisor.id(), "Diagnostic numérique", 2, Map.of());
        Person asker = member("Noël");
        long company = Advisory.company(asker.id(), "Cidrerie de Noël");
        try {
            // Thursday 24 December 2026, 10:00 in Paris: Friday is Christmas, then the weekend.
            setClock("2026-12-24T09:00:00Z");
            long request = submit(asker, offer, company, "Avant les fêtes.");
            assertEquals(java.time.Instant.parse("2026-12-29T23:00:00Z"), ((java.sql.Timestamp) Db.single("SELECT due_at"
                    + " FROM app.support_request WHERE id = ?", request)).toInstant(), "end of Tuesday 29 December, Paris");
            Page page = asker.web().get("/support/request.xhtml?id=" + request);
            assertTrue(page.text("due").contains("mardi 29 décembre 2026"), page.text("due"));
            advisorWeb.submit(advisorWeb.get("/advisor/request.xhtml?id=" + request), "assign", Map.of(), "assign:take");

            setClock("2026-12-29T22:30:00Z");
            assertFalse(advisorWeb.get("/advisor/queue.xhtml?overdue=true").text("queue:requests").contains("Cidrerie de Noël"),
                    "Tuesday 23:30 in Paris: still within the target");
            setClock("2026-12-29T23:30:00Z");
            Page overdue = advisorWeb.get("/advisor/queue.xhtml?overdue=true");
            assertTrue(overdue.text("queue:requests").contains("Cidrerie de Noël"), overdue.mainText());
            assertFalse(overdue.doc().select("tr.overdue").isEmpty(), "the overdue line stands out");
            assertEquals("En retard", advisorWeb.get("/advisor/request.xhtml?id=" + request).text("overdue"));
            Page digest = advisorWeb.submit(advisorWeb.get("/advisor/queue.xhtml"), "digest", Map.of(), "digest:send");
            assertTrue(digest.globalMessages().contains("Votre récapitulatif est envoyé"), digest.mainText());
            String text = Mailbox.part(mailbox.awaitSubject(advisor.email(),
                    "Vos demandes d’accompagnement : 1 ouverte(s), 1 en retard — CCI Business"), "text/plain");
            assertTrue(text.contains("n° " + request + " · Diagnostic numérique · Cidrerie de Noël"), text);

            advisorWeb.submitWithFiles(advisorWeb.get("/advisor/request.xhtml?id=" + request), "message",
                    Map.of("message:body", "Bonjour, nous revenons vers vous."), "message:files", List.of(), "message:send");
            assertFalse(advisorWeb.get("/advisor/queue.xhtml?overdue=true").text("queue:requests").contains("Cidrerie de Noël"),
                    "answered: no longer waiting");
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void eachCcisStaffReachOnlyTheirOwnCcisRequestsAndCatalogue() {
        long cciA = Advisory.cci("CCI A");
        long cciB = Advisory.cci("CCI B");
        Person advisorA = member("Alpha");
        Advisory.staff(advisorA.id(), cciA);
        Person advisorB = member("Bravo");
        Advisory.staff(advisorB.id(), cciB);
        WebClient a = personSignedIn(advisorA.email()).web();
        WebClient b = personSignedIn(advisorB.email()).web();
        long offerA = Advisory.offer(a, cciA, advisorA.id(), "Service de A", 5, Map.of());
        long offerB = Advisory.offer(b, cciB, advisorB.id(), "Service de B", 5, Map.of());
        Person askerA = member("Client A");
        long companyA = Advisory.company(askerA.id(), "Entreprise cliente de A");
        long requestA = submitWithFile(askerA, offerA, companyA, "Besoin pour A.");
        long fileA = ((Number) Db.single("SELECT id FROM app.support_attachment WHERE request_id = ?", requestA)).longValue();
        Person askerB = member("Client B");
        long companyB = Advisory.company(askerB.id(), "Entreprise cliente de B");
        long requestB = submit(askerB, offerB, companyB, "Besoin pour B.");
        long underWayB = submit(askerB, offerB, Advisory.company(askerB.id(), "Seconde cliente de B"), "Autre besoin pour B.");
        long newB = submit(askerB, offerB, Advisory.company(askerB.id(), "Troisième cliente de B"), "Un besoin encore nouveau.");

        // Pages and files: the same 404 as for an id that does not exist.
        for (String path : List.of("/advisor/request.xhtml?id=" + requestA, "/advisor/catalogue.xhtml?id=" + offerA,
                "/support/request.xhtml?id=" + requestA, "/support/file?id=" + fileA, "/advisor/request.xhtml?id=999999999")) {
            assertEquals(404, b.get(path).status(), path);
            assertEquals(404, askerB.web().get(path).status(), path);
        }
        assertEquals(404, askerA.web().get("/advisor/queue.xhtml").status(), "a member has no queue");
        assertFalse(b.get("/advisor/queue.xhtml").text("queue:requests").contains("Entreprise cliente de A"));
        assertFalse(b.get("/advisor/queue.xhtml?cci=" + cciA).text("queue:requests").contains("Entreprise cliente de A"));
        assertFalse(b.submit(b.get("/advisor/queue.xhtml?cci=" + cciA), "queue", Map.of(), "queue:csv").body().contains("cliente de A"));
        assertFalse(b.get("/advisor/satisfaction.xhtml?cci=" + cciA).mainText().contains("Service de A"));
        assertFalse(b.get("/advisor/catalogue.xhtml").text("catalogue:kept").contains("Service de A"));

        // Every action of the advisor's page, sent by B with A's request's id: refused by the service, nothing changes.
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("assign:take", Map.of());
        actions.put("assign:give", Map.of("assign:advisor", Long.toString(advisorB.id())));
        actions.put("steps:start", Map.of());
        actions.put("steps:complete", Map.of());
        actions.put("message:send", Map.of("message:body", "Intrusion"));
        actions.put("note:add", Map.of("note:body", "Intrusion"));
        actions.put("decline:submit", Map.of("decline:reason", "Intrusion"));
        // B's own requests, in the states in which each button shows: one assigned, one under way.
        b.submit(b.get("/advisor/request.xhtml?id=" + requestB), "assign", Map.of(), "assign:take");
        b.submit(b.get("/advisor/request.xhtml?id=" + underWayB), "assign", Map.of(), "assign:take");
        b.submit(b.get("/advisor/request.xhtml?id=" + underWayB), "steps", Map.of(), "steps:start");
        for (var action : actions.entrySet()) {
            String formId = action.getKey().split(":")[0];
            Page own = b.get("/advisor/request.xhtml?id=" + (action.getKey().equals("steps:complete") ? underWayB : requestB));
            Page answer = tampered(b, own, formId, action.getValue(), action.getKey(), "/advisor/request.xhtml?id=" + requestA);
            assertEquals(404, answer.status(), action.getKey() + ": " + answer.mainText());
        }
        assertEquals("NEW", Advisory.status(requestA));
        assertEquals(0, Db.count("SELECT count(*) FROM app.support_entry WHERE request_id = ?", requestA));
        Page ownForm = b.get("/advisor/catalogue.xhtml?id=" + offerB);
        Page changed = tampered(b, ownForm, "offer", Map.of("offer:title", "Détourné", "offer:category", "EXPORT",
                "offer:description_input", "<p>x</p>", "offer:targetDays", "5", "offer:advisors", Long.toString(advisorB.id())),
                "offer:save", "/advisor/catalogue.xhtml?id=" + offerA);
        assertEquals(404, changed.status());
        assertEquals(404, tampered(b, b.get("/advisor/catalogue.xhtml?id=" + offerB), "availability", Map.of(), "availability:withdraw",
                "/advisor/catalogue.xhtml?id=" + offerA).status());
        assertEquals("Service de A", Db.single("SELECT title FROM app.support_offer WHERE id = ?", offerA));
        assertEquals(Boolean.TRUE, Db.single("SELECT active FROM app.support_offer WHERE id = ?", offerA));

        // The member's actions on someone else's request.
        Page ownRequest = askerB.web().get("/support/request.xhtml?id=" + requestB);
        assertEquals(404, tampered(askerB.web(), ownRequest, "reply", Map.of("reply:body", "Intrusion"), "reply:send",
                "/support/request.xhtml?id=" + requestA).status());
        assertEquals(404, tampered(askerB.web(), askerB.web().get("/support/request.xhtml?id=" + newB), "withdraw", Map.of(),
                "withdraw:submit", "/support/request.xhtml?id=" + requestA).status());
        assertEquals("NEW", Advisory.status(requestA));
        assertEquals(0, Db.count("SELECT count(*) FROM app.support_entry WHERE request_id = ?", requestA));

        // An administrator reaches every CCI.
        WebClient admin = signedInWithRole("admin");
        assertEquals(200, admin.get("/advisor/request.xhtml?id=" + requestA).status());
        assertTrue(admin.get("/advisor/queue.xhtml?cci=" + cciA).text("queue:requests").contains("Entreprise cliente de A"));
    }

    /** Sends a member's request for a service, without files; returns its id. */
    private static long submit(Person asker, long offer, long company, String message) {
        Page sent = asker.web().submitWithFiles(asker.web().get("/service.xhtml?id=" + offer), "request",
                Map.of("request:company", Long.toString(company), "request:message", message), "request:files", List.of(),
                "request:submit");
        assertEquals("/support/request.xhtml", sent.path(), sent.mainText());
        return Advisory.requestOf(company);
    }

    private static long submitWithFile(Person asker, long offer, long company, String message) {
        asker.web().submitWithFiles(asker.web().get("/service.xhtml?id=" + offer), "request",
                Map.of("request:company", Long.toString(company), "request:message", message), "request:files",
                List.of(new WebClient.Upload("piece.pdf", "application/pdf", new ByteArrayInputStream(PDF))), "request:submit");
        return Advisory.requestOf(company);
    }

    /** A form of one's own page, sent to the same page with another record's id in its address, as a forger would. */
    private static Page tampered(WebClient web, Page page, String formId, Map<String, String> values, String buttonId, String target) {
        Element form = page.doc().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + ": " + page.mainText());
        }
        form.attr("action", target);
        return "multipart/form-data".equals(form.attr("enctype"))
                ? web.submitWithFiles(page, formId, values, formId + ":files", List.of(), buttonId)
                : web.submit(page, formId, values, buttonId);
    }

    private static void setClock(String instant) {
        Page answer = new WebClient().post("/test-support/clock?at=" + instant, Map.of());
        assertEquals(204, answer.status(), "the test server moves its clock");
    }
}
