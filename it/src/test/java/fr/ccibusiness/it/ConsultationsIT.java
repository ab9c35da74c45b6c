package fr.ccibusiness.it;

import static fr.ccibusiness.it.support.Buyers.PDF;
import static fr.ccibusiness.it.support.Buyers.buyerOf;
import static fr.ccibusiness.it.support.Buyers.deadline;
import static fr.ccibusiness.it.support.Buyers.draft;
import static fr.ccibusiness.it.support.Buyers.fields;
import static fr.ccibusiness.it.support.Buyers.organisation;
import static fr.ccibusiness.it.support.Buyers.publish;
import static fr.ccibusiness.it.support.Buyers.upload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Buyers;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Buyers and their consultations: organisations set up by an administrator, drafts, tender documents,
 * publication to communities or to all, who reads and downloads what (everyone else gets 404), bad
 * input next to its field, cancellation, the deadline, and the hash-chained journal.
 */
class ConsultationsIT extends PlatformIT {


    @Test
    void anAdministratorSetsUpABuyerWhoPublishesToACommunityThatAloneReadsIt() {
        long target = Db.community("SECTOR", "OPEN", "Cible");
        long other = Db.community("SECTOR", "OPEN", "Autre");
        String buyerEmail = newEmail();
        registerConfirmed(new WebClient(), buyerEmail, "Acheteur", "Alice");
        WebClient admin = signedInWithRole("admin");
        Page console = admin.get("/admin/buyers.xhtml");
        String cci = optionValue(console, "organisation:cci", "CCI des tests");
        String name = "Donneur " + UUID.randomUUID().toString().substring(0, 6);
        Page created = admin.submit(console, "organisation", Map.of("organisation:name", name, "organisation:siret", Sirets.random(),
                "organisation:kind", "PUBLIC", "organisation:cci", cci), "organisation:create");
        assertTrue(created.globalMessages().contains("L’organisation est créée"), created.mainText());
        String organisation = optionValue(created, "buyer:organisation", name);
        Page attached = admin.submit(created, "buyer", Map.of("buyer:organisation", organisation, "buyer:email", buyerEmail),
                "buyer:add");
        assertTrue(attached.globalMessages().contains("rattaché"), attached.mainText());
        Page allowed = admin.submit(attached, "grant", Map.of("grant:organisation", organisation,
                "grant:community", Long.toString(target)), "grant:allow");
        assertTrue(allowed.mainText().contains(name), allowed.mainText());
        assertTrue(allowed.globalMessages().contains("peut publier"), allowed.mainText());

        WebClient buyer = new WebClient();
        signIn(buyer, buyerEmail, PASSWORD);
        long id = draft(buyer, Map.of("consultation:communities", Long.toString(target)));
        String link = upload(buyer, id, "Règlement de la consultation", "rc.pdf", PDF);
        long version = Long.parseLong(link.substring(link.indexOf("v=") + 2));
        Person reader = member("Romane", target);
        Db.update("UPDATE app.member SET content_notification = 'EACH' WHERE account_id = ?", reader.id());
        member("Nadia", target);
        Person outsider = member("Octave", other);
        Page published = publish(buyer, id);
        assertEquals("Publiée", published.text("state"), published.mainText());
        assertEquals("1 membre des communautés destinataires prévenu, selon ses préférences.", published.text("told"),
                "how many, never who: the other member chose not to hear of new content");
        assertTrue(Mailbox.part(mailbox.await(reader.email(), 2), "text/plain").contains("Usinage de pièces de structure"));

        Page list = reader.web().get("/consultations.xhtml");
        assertTrue(list.text("consultations").contains("Usinage de pièces"), list.mainText());
        Page page = reader.web().get("/consultation.xhtml?id=" + id);
        assertEquals(200, page.status());
        assertTrue(page.text("object").contains("ferrures"), page.mainText());
        assertTrue(page.text("server-clock").matches(".*\\d{2}:\\d{2}:\\d{2}.*"), "the server's clock, to the second");
        HttpResponse<byte[]> download = reader.web().bytes(link);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

        assertFalse(listed(outsider.web().get("/consultations.xhtml"), id), "not in the outsider's list");
        assertTrue(listed(reader.web().get("/consultations.xhtml"), id));
        assertEquals(404, outsider.web().get("/consultation.xhtml?id=" + id).status());
        assertEquals("Page introuvable", outsider.web().get("/consultation.xhtml?id=" + id).h1());
        assertEquals(404, outsider.web().bytes(link).statusCode());
        assertEquals(404, new WebClient().get("/consultation.xhtml?id=" + id).status(), "not public: not for visitors");
        assertEquals(404, new WebClient().bytes(link).statusCode());
        assertEquals(404, outsider.web().get("/buyer/consultation.xhtml?id=" + id).status(), "a member is no buyer: 403 shown as 404");

        Page managed = buyer.get("/buyer/consultation.xhtml?id=" + id);
        assertTrue(managed.text("documents").contains("1 téléchargement"), managed.mainText());
        assertEquals(reader.id(), ((Number) Db.single("SELECT account_id FROM app.tender_download WHERE version_id = ?", version))
                .longValue());
        assertEquals(List.of("CREATED", "DOCUMENT_VERSION", "PUBLISHED", "DOWNLOAD"), journalKinds(id));
        Page verified = buyer.submit(managed, "journal", Map.of(), "journal:verify");
        assertTrue(verified.text("journal:intact").startsWith("Le journal est intact : 4 lignes"), verified.mainText());

        Page adminConsole = admin.get("/admin/buyers.xhtml");
        String journalPage = adminConsole.doc().select("ul.consultations a").stream()
                .filter(a -> a.attr("href").endsWith("id=" + id)).findFirst().orElseThrow().attr("href");
        Page adminView = admin.get(journalPage);
        assertTrue(adminView.doc().getElementById("consultation") == null, "an administrator reads, changes nothing");
        assertTrue(admin.submit(adminView, "journal", Map.of(), "journal:verify").text("journal:intact").startsWith(
                "Le journal est intact : 4 lignes"), "and verifies the journal (reading it adds no line)");
        assertEquals(200, admin.bytes("/buyer/journal.csv?id=" + id).statusCode());
    }

    @Test
    void colleaguesRunTheSameConsultationsAndOtherBuyersGetNotFound() {
        long community = Db.community("SECTOR", "OPEN", "Collègues");
        WebClient alice = buyerOf(organisation(community));
        long id = draft(alice, Map.of("consultation:communities", Long.toString(community)));
        long organisation = ((Number) Db.single("SELECT organisation_id FROM app.consultation WHERE id = ?", id)).longValue();
        WebClient bob = buyerOf(organisation);
        Page seen = bob.get("/buyer/consultations.xhtml");
        assertTrue(seen.text("consultations").contains("Usinage de pièces"), seen.mainText());
        assertEquals("Publiée", publish(bob, id).text("state"), "a colleague publishes it");

        WebClient stranger = buyerOf(organisation(community));
        assertFalse(stranger.get("/buyer/consultations.xhtml").mainText().contains("Usinage de pièces"));
        assertEquals(404, stranger.get("/buyer/consultation.xhtml?id=" + id).status());
        assertEquals(404, stranger.bytes("/buyer/journal.csv?id=" + id).statusCode());
        assertEquals(404, new WebClient().get("/consultation.xhtml?id=" + id).status());

        HttpResponse<byte[]> csv = alice.bytes("/buyer/journal.csv?id=" + id);
        assertEquals(200, csv.statusCode());
        String journal = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(journal.startsWith("\uFEFFseq;recorded_at;kind;actor_number;actor;detail;hash"), journal);
        assertTrue(journal.contains(";PUBLISHED;"), journal);
    }

    @Test
    void aDraftIsInvisibleAndAPublicConsultationIsReadAndDownloadedByAnyoneWhoIsToldOfItsChanges() {
        long community = Db.community("SECTOR", "OPEN", "Brouillon");
        WebClient buyer = buyerOf(organisation(community));
        long id = draft(buyer, Map.of("consultation:publicAccess", "on"));
        String link = upload(buyer, id, "Cahier des charges", "ccp.pdf", PDF);
        Person member = member("Maëlle", community);
        assertEquals(404, member.web().get("/consultation.xhtml?id=" + id).status(), "a draft is the buyer's alone");
        assertEquals(404, new WebClient().bytes(link).statusCode());

        publish(buyer, id);
        WebClient visitor = new WebClient();
        Page page = visitor.get("/consultation.xhtml?id=" + id);
        assertEquals(200, page.status());
        assertEquals("Publique (ouverte à tous)", page.text("audience"));
        assertTrue(visitor.get("/consultations.xhtml").text("consultations").contains("Usinage de pièces"));
        assertArrayEquals(PDF, visitor.bytes(link).body());
        assertEquals(1, Db.count("SELECT count(*) FROM app.tender_download WHERE consultation_id = ? AND account_id IS NULL", id));
        assertTrue(Db.column("SELECT detail FROM app.consultation_journal WHERE consultation_id = ? AND kind = 'DOWNLOAD'", id)
                .get(0).toString().endsWith("reader=anonymous"));

        Page badAddress = visitor.submit(page, "follow", Map.of("follow:email", "pas-une-adresse"), "follow:send");
        assertEquals("Saisissez une adresse électronique valide.", badAddress.messageFor("follow:email"));
        String follower = newEmail();
        Page following = visitor.submit(visitor.get("/consultation.xhtml?id=" + id), "follow", Map.of("follow:name", "Zoé Veille",
                "follow:email", follower), "follow:send");
        assertTrue(following.globalMessages().contains("vous serez prévenu"), following.mainText());
        member.web().bytes(link);

        long document = ((Number) Db.single("SELECT id FROM app.tender_document WHERE consultation_id = ?", id)).longValue();
        Page versioned = buyer.submitWithFile(buyer.get("/buyer/consultation.xhtml?id=" + id), "version",
                Map.of("version:of", Long.toString(document)), "version:file", "ccp-v2.pdf", "application/pdf", PDF, "version:upload");
        assertTrue(versioned.globalMessages().contains("La nouvelle version est déposée"), versioned.mainText());
        String notice = Mailbox.part(mailbox.await(follower, 1), "text/plain");
        assertTrue(notice.startsWith("Bonjour Zoé Veille,") && notice.contains("Cahier des charges (version 2, ccp-v2.pdf)"), notice);
        assertTrue(Mailbox.part(mailbox.await(member.email(), 2), "text/plain").contains("version 2"), "who downloaded is told too");

        Page moved = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + id), "consultation",
                fields(Map.of("consultation:reference", Db.single("SELECT reference FROM app.consultation WHERE id = ?", id).toString(),
                        "consultation:responseDeadline", deadline(30))), "consultation:save");
        assertTrue(moved.globalMessages().contains("Les modifications sont enregistrées"), moved.mainText());
        assertTrue(Mailbox.part(mailbox.await(follower, 2), "text/plain").contains("Les dates limites de la consultation"));
        assertTrue(journalKinds(id).contains("DEADLINES_CHANGED"));
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        long community = Db.community("SECTOR", "OPEN", "Saisies");
        WebClient buyer = buyerOf(organisation(community));
        long before = Db.count("SELECT count(*) FROM app.consultation");
        Map<String, String> cases = Map.of(
                "consultation:title", "Saisissez un intitulé",
                "consultation:responseDeadline", "La date limite de réponse doit être à venir",
                "consultation:questionDeadline", "ne peut pas suivre la date limite de réponse",
                "consultation:reference", "Saisissez une référence");
        Map<String, Map<String, String>> inputs = Map.of(
                "consultation:title", Map.of("consultation:title", "  "),
                "consultation:responseDeadline", Map.of("consultation:responseDeadline", deadline(-1)),
                "consultation:questionDeadline", Map.of("consultation:questionDeadline", deadline(40)),
                "consultation:reference", Map.of("consultation:reference", "<script>alert(1)</script>"));
        for (var field : cases.entrySet()) {
            Page refused = buyer.submit(buyer.get("/buyer/consultation.xhtml"), "consultation", fields(inputs.get(field.getKey())),
                    "consultation:save");
            assertTrue(refused.messageFor(field.getKey()).contains(field.getValue()), field.getKey() + ": " + refused.mainText());
            assertFalse(refused.body().contains("<script>alert(1)"), "the value is written back escaped");
            assertEquals("Usinage de pièces de structure", field.getKey().equals("consultation:title") ? "Usinage de pièces de structure"
                    : refused.valueOf("consultation:title"), "what was typed stays");
            assertEquals(before, Db.count("SELECT count(*) FROM app.consultation"), "nothing saved: " + field.getKey());
        }
        Page malformed = buyer.submit(buyer.get("/buyer/consultation.xhtml"), "consultation",
                fields(Map.of("consultation:responseDeadline", "demain midi")), "consultation:save");
        assertEquals("Saisissez une date et une heure valides.", malformed.messageFor("consultation:responseDeadline"));

        long audienceless = draft(buyer, Map.of());
        Page noAudience = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + audienceless), "lifecycle", Map.of(),
                "lifecycle:publish");
        assertTrue(noAudience.messageFor("consultation:communities").contains("Choisissez au moins une communauté"),
                noAudience.mainText());
        assertEquals("Brouillon", noAudience.text("state"));

        long id = draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        Page page = buyer.get("/buyer/consultation.xhtml?id=" + id);
        Page wrongType = buyer.submitWithFile(page, "document", Map.of("document:title", "Exécutable"), "document:file",
                "outil.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}, "document:upload");
        assertTrue(wrongType.messageFor("document:file").contains("n’est ni un PDF"), wrongType.mainText());
        assertEquals(0, Db.count("SELECT count(*) FROM app.tender_document WHERE consultation_id = ?", id));
        Page untitled = buyer.submitWithFile(buyer.get("/buyer/consultation.xhtml?id=" + id), "document", Map.of("document:title", ""),
                "document:file", "rc.pdf", "application/pdf", PDF, "document:upload");
        assertTrue(untitled.messageFor("document:title").contains("Saisissez le titre"), untitled.mainText());
        Page noReason = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + id), "cancel", Map.of("cancel:reason", " "),
                "cancel:confirm");
        assertTrue(noReason.messageFor("cancel:reason").contains("Donnez le motif"), noReason.mainText());
        assertEquals(1, Db.count("SELECT count(*) FROM app.consultation WHERE id = ? AND status = 'DRAFT'", id));
    }

    @Test
    void aCancelledConsultationSaysWhyAndTheDeadlineClosesIt() {
        long community = Db.community("SECTOR", "OPEN", "Annulée");
        WebClient buyer = buyerOf(organisation(community));
        Person member = member("Capucine", community);
        long cancelled = draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        publish(buyer, cancelled);
        Page done = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + cancelled), "cancel",
                Map.of("cancel:reason", "Besoin <b>reporté</b> à 2028"), "cancel:confirm");
        assertTrue(done.globalMessages().contains("La consultation est annulée"), done.mainText());
        Page seen = member.web().get("/consultation.xhtml?id=" + cancelled);
        assertEquals("Annulée", seen.text("state"));
        assertEquals("Besoin <b>reporté</b> à 2028", seen.text("cancel-reason"), "shown as typed, as text");
        assertEquals("CANCELLED", journalKinds(cancelled).get(journalKinds(cancelled).size() - 1));

        long closing = draft(buyer, Map.of("consultation:communities", Long.toString(community),
                "consultation:responseDeadline", deadline(2), "consultation:questionDeadline", deadline(1)));
        publish(buyer, closing);
        try {
            shiftClock(3);
            Page closed = buyer.get("/buyer/consultation.xhtml?id=" + closing);
            assertEquals("Close (date limite passée)", closed.text("state"));
            assertTrue(closed.doc().getElementById("consultation") == null, "no form to change it any more");
            assertTrue(closed.doc().getElementById("document") == null, "no new document after the deadline");
            assertEquals("Close (date limite passée)", member.web().get("/consultation.xhtml?id=" + closing).text("state"));
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void questionsGoToTheBuyerAnAnswerToAllNamesNobodyAndTheQuestionDeadlineClosesThem() {
        long community = Db.community("SECTOR", "OPEN", "Questions");
        long other = Db.community("SECTOR", "OPEN", "Ailleurs");
        WebClient buyer = buyerOf(organisation(community));
        long id = draft(buyer, Map.of("consultation:communities", Long.toString(community),
                "consultation:responseDeadline", deadline(3), "consultation:questionDeadline", deadline(1)));
        String link = upload(buyer, id, "Règlement", "rc.pdf", PDF);
        publish(buyer, id);
        Person asker = member("Questionneuse", community);
        Person reader = member("Lectrice", community);
        Person outsider = member("Étrangère", other);
        reader.web().bytes(link);

        Page empty = asker.web().submit(asker.web().get("/consultation.xhtml?id=" + id), "ask", Map.of("ask:question", " "), "ask:send");
        assertTrue(empty.messageFor("ask:question").contains("Écrivez votre question"), empty.mainText());
        for (String question : List.of("Le délai de livraison est-il ferme ?", "Pouvez-vous préciser la nuance du titane ?")) {
            Page asked = asker.web().submit(asker.web().get("/consultation.xhtml?id=" + id), "ask", Map.of("ask:question", question),
                    "ask:send");
            assertTrue(asked.globalMessages().contains("Votre question est envoyée"), asked.mainText());
        }
        assertEquals(404, outsider.web().get("/consultation.xhtml?id=" + id).status(), "nor its questions");
        Page questions = buyer.get("/buyer/consultation.xhtml?id=" + id);
        assertTrue(questions.text("questions").contains("Questionneuse"), "the buyer sees who asked: " + questions.text("questions"));

        long toAll = ((Number) Db.single("SELECT id FROM app.consultation_question WHERE consultation_id = ? AND question LIKE 'Le délai%'",
                id)).longValue();
        long privately = ((Number) Db.single("SELECT id FROM app.consultation_question WHERE consultation_id = ? AND question LIKE"
                + " 'Pouvez-vous%'", id)).longValue();
        Page answered = buyer.submit(questions, "answer", Map.of("answer:to", Long.toString(toAll), "answer:text",
                "Oui, douze semaines."), "answer:send");
        assertTrue(answered.globalMessages().contains("publiées et envoyées à tous"), answered.mainText());
        buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + id), "answer", Map.of("answer:to", Long.toString(privately),
                "answer:text", "Ti-6Al-4V grade 5.", "answer:toAll", "false"), "answer:send");

        Page read = reader.web().get("/consultation.xhtml?id=" + id);
        assertTrue(read.text("answers").contains("Le délai de livraison est-il ferme ? Oui, douze semaines."), read.text("answers"));
        assertFalse(read.text("answers").contains("titane"), "a private answer is the asker's alone");
        assertFalse(read.mainText().contains("Questionneuse"), "published without who asked");
        assertTrue(Mailbox.part(mailbox.await(reader.email(), 2), "text/plain").contains("Oui, douze semaines."),
                "every candidate is told: who downloaded too");
        assertTrue(Mailbox.part(mailbox.await(asker.email(), 3), "text/plain").contains("Ti-6Al-4V grade 5."));
        assertTrue(asker.web().get("/consultation.xhtml?id=" + id).text("my-questions").contains("Ti-6Al-4V grade 5."));

        Page lateForm = asker.web().get("/consultation.xhtml?id=" + id);
        try {
            shiftClock(2);
            Page closed = asker.web().get("/consultation.xhtml?id=" + id);
            assertTrue(closed.text("questions-closed").contains("date limite des questions est passée"), closed.mainText());
            Page refused = asker.web().submit(lateForm, "ask", Map.of("ask:question", "Encore une ?"), "ask:send");
            assertTrue(refused.mainText().contains("date limite des questions est passée"), refused.mainText());
            assertEquals(2, Db.count("SELECT count(*) FROM app.consultation_question WHERE consultation_id = ?", id));
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void publicationReachesOnlyTheMembersWhoMatchItsCriteria() {
        long community = Db.community("SECTOR", "OPEN", "Critères");
        WebClient buyer = buyerOf(organisation(community));
        Person certified = member("Certifiée", community);
        long first = Buyers.companyOf(certified.id(), "Usinage Certifié");
        Db.update("INSERT INTO app.company_certification (company_id, certification) VALUES (?, 'EN 9100')", first);
        Person uncertified = member("Noncertifiée", community);
        Buyers.companyOf(uncertified.id(), "Usinage Simple");
        Person baker = member("Boulangère", community);
        long bakery = Buyers.companyOf(baker.id(), "Boulangerie");
        Db.update("UPDATE app.company SET naf_code = '10.71C' WHERE id = ?", bakery);
        Db.update("INSERT INTO app.company_certification (company_id, certification) VALUES (?, 'EN 9100')", bakery);
        for (Person person : List.of(certified, uncertified, baker)) {
            Db.update("UPDATE app.member SET content_notification = 'EACH' WHERE account_id = ?", person.id());
        }

        Page unknown = buyer.submit(buyer.get("/buyer/consultation.xhtml"), "consultation",
                fields(Map.of("consultation:nafCodes", "25.62B, 99.99Z")), "consultation:save");
        assertTrue(unknown.messageFor("consultation:nafCodes").contains("n’est pas un code NAF"), unknown.mainText());
        Page badPlace = buyer.submit(buyer.get("/buyer/consultation.xhtml"), "consultation",
                fields(Map.of("consultation:places", "Caen")), "consultation:save");
        assertTrue(badPlace.messageFor("consultation:places").contains("codes INSEE"), badPlace.mainText());

        long id = draft(buyer, Map.of("consultation:communities", Long.toString(community), "consultation:nafCodes", "25.62b, 28.41Z",
                "consultation:certifications", "en 9100", "consultation:places", "14118"));
        Page published = publish(buyer, id);
        assertEquals("1 membre des communautés destinataires prévenu, selon ses préférences.", published.text("told"));
        assertTrue(published.text("criteria-naf").contains("25.62B — "), published.text("criteria-naf"));
        assertEquals("Caen", published.text("criteria-places"));
        assertEquals(List.of(certified.id()), Db.column("SELECT account_id FROM app.notification WHERE consultation_id = ?", id)
                .stream().map(n -> ((Number) n).longValue()).toList(), "the NAF code and a certification asked: one member matches");
    }

    @Test
    void theJournalIsAppendOnlyAndATamperedLineBreaksItsChain() throws SQLException {
        long community = Db.community("SECTOR", "OPEN", "Journal");
        WebClient buyer = buyerOf(organisation(community));
        long id = draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        upload(buyer, id, "Règlement", "rc.pdf", PDF);
        publish(buyer, id);
        assertTrue(verify(buyer, id).contains("intact : 3 lignes"));

        assertThrows(IllegalStateException.class, () -> Db.update("UPDATE app.consultation_journal SET detail = 'x'"
                + " WHERE consultation_id = ? AND seq = 2", id), "the database refuses to rewrite a line");
        assertThrows(IllegalStateException.class, () -> Db.update("DELETE FROM app.consultation_journal WHERE consultation_id = ?", id));

        bypassingTriggers("UPDATE app.consultation_journal SET detail = replace(detail, 'rc.pdf', 'autre.pdf')"
                + " WHERE consultation_id = " + id + " AND seq = 2");
        assertTrue(verify(buyer, id).contains("la chaîne est rompue à la ligne 2"), verify(buyer, id));
        bypassingTriggers("UPDATE app.consultation_journal SET detail = replace(detail, 'autre.pdf', 'rc.pdf')"
                + " WHERE consultation_id = " + id + " AND seq = 2");
        assertTrue(verify(buyer, id).contains("intact"), "restored");
        bypassingTriggers("DELETE FROM app.consultation_journal WHERE consultation_id = " + id + " AND seq = 3");
        assertTrue(verify(buyer, id).contains("rompue à la ligne 3"), "the last line removed is seen too");
    }

    private static boolean listed(Page consultations, long id) {
        return consultations.doc().select("#consultations a").stream().anyMatch(a -> a.attr("href").endsWith("id=" + id));
    }

    private static String verify(WebClient buyer, long id) {
        Page page = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + id), "journal", Map.of(), "journal:verify");
        return page.text("journal:check");
    }

    /** What someone with the database's superuser could do: write with the triggers off. */
    private static void bypassingTriggers(String sql) throws SQLException {
        try (Connection connection = Db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute(sql);
        }
    }

    private static List<String> journalKinds(long id) {
        return Db.column("SELECT kind FROM app.consultation_journal WHERE consultation_id = ? ORDER BY seq", id).stream()
                .map(Object::toString).toList();
    }

    private static String optionValue(Page page, String selectId, String label) {
        return page.doc().getElementById(selectId).select("option").stream().filter(o -> o.text().startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("No option " + label + " in " + selectId)).attr("value");
    }
}
