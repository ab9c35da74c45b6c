package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Networking: contact requests, conversations and their notifications, blocking, per-field
 * visibility, reports and the moderation queue, and what export and erasure do with all of it.
 */
class NetworkingIT extends PlatformIT {

    @Test
    void twoMembersConnectWriteAndAreToldOfNewMessages() {
        long community = Db.community("SECTOR", "OPEN", "Réseau");
        Person alice = member("Alice", community);
        Person bruno = member("Bruno", community);

        Page page = alice.web().get("/person.xhtml?id=" + bruno.id());
        assertEquals("Vous n’êtes pas en relation.", page.text("contact-state"));
        page = alice.web().submit(page, "contact", Map.of("contact:message", "Bonjour <b>Bruno</b>, travaillons ensemble."),
                "contact:ask");
        assertTrue(page.globalMessages().contains("Votre demande est envoyée"), page.mainText());
        assertTrue(Mailbox.subject(mailbox.await(bruno.email(), 2)).contains("souhaite entrer en relation"));

        Page network = bruno.web().get("/network/index.xhtml");
        assertTrue(network.text("incoming").contains("Alice Test"), network.mainText());
        assertTrue(network.body().contains("Bonjour &lt;b&gt;Bruno&lt;/b&gt;"), "the request's message is escaped");
        network = bruno.web().submit(network, "network", Map.of(), firstButton(network, "accept"));
        assertTrue(network.text("connections").contains("Alice Test"), network.mainText());
        assertTrue(alice.web().get("/network/index.xhtml").text("connections").contains("Bruno Test"));
        assertTrue(Mailbox.subject(mailbox.await(alice.email(), 2)).contains("Bruno Test a accepté votre demande"));

        Page thread = alice.web().get("/messages/conversation.xhtml?with=" + bruno.id());
        thread = alice.web().submit(thread, "compose", Map.of("compose:body", "Premier message <script>alert(1)</script>"),
                "compose:send");
        assertTrue(thread.text("thread-messages").contains("Premier message <script>alert(1)</script>"), thread.mainText());
        assertFalse(thread.body().contains("<script>alert(1)"), "shown escaped");

        MimeMessage notice = mailbox.await(bruno.email(), 3);
        assertTrue(Mailbox.subject(notice).contains("Nouveau message de Alice Test"), Mailbox.subject(notice));
        assertTrue(Mailbox.part(notice, "text/plain").contains("/messages/conversation.xhtml?with=" + alice.id()));

        assertEquals("1", bruno.web().get("/messages/index.xhtml").text("unread-count").strip());
        Page read = bruno.web().get("/messages/conversation.xhtml?with=" + alice.id());
        assertTrue(read.text("thread-messages").contains("Premier message"));
        assertEquals("", bruno.web().get("/messages/index.xhtml").text("unread-count"), "read once opened");
    }

    @Test
    void twoPeopleWritingFirstAtTheSameMomentShareOneConversation() throws Exception {
        long community = Db.community("SECTOR", "OPEN", "Simultané");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 4; pair++) {
                Person claire = member("Claire", community);
                Person denis = member("Denis", community);
                Page toDenis = claire.web().get("/messages/conversation.xhtml?with=" + denis.id());
                Page toClaire = denis.web().get("/messages/conversation.xhtml?with=" + claire.id());
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Page> fromClaire = pool.submit(() -> {
                    together.await();
                    return claire.web().submit(toDenis, "compose", Map.of("compose:body", "Bonjour Denis"), "compose:send");
                });
                Future<Page> fromDenis = pool.submit(() -> {
                    together.await();
                    return denis.web().submit(toClaire, "compose", Map.of("compose:body", "Bonjour Claire"), "compose:send");
                });
                assertEquals(200, fromClaire.get(30, TimeUnit.SECONDS).status());
                assertEquals(200, fromDenis.get(30, TimeUnit.SECONDS).status());
                assertEquals(1, Db.count("SELECT count(*) FROM app.conversation WHERE first_id IN (?, ?) AND second_id IN (?, ?)",
                        claire.id(), denis.id(), claire.id(), denis.id()));
                assertEquals(2, Db.count("SELECT count(*) FROM app.message m JOIN app.conversation c ON c.id = m.conversation_id"
                        + " WHERE c.first_id IN (?, ?) AND c.second_id IN (?, ?)", claire.id(), denis.id(), claire.id(), denis.id()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestsAreWithdrawnDeclinedAndConnectionsEndedByTheRightPerson() {
        long community = Db.community("SECTOR", "OPEN", "Cycle");
        Person asker = member("Paul", community);
        Person asked = member("Rose", community);

        asker.web().submit(asker.web().get("/person.xhtml?id=" + asked.id()), "contact", Map.of(), "contact:ask");
        Page mine = asker.web().get("/network/index.xhtml");
        assertTrue(mine.text("outgoing").contains("Rose Test"));
        mine = asker.web().submit(mine, "network", Map.of(), firstButton(mine, "withdraw"));
        assertTrue(mine.globalMessages().contains("Votre demande est retirée"), mine.mainText());
        assertFalse(asked.web().get("/network/index.xhtml").text("incoming").contains("Paul Test"), "withdrawn");

        asker.web().submit(asker.web().get("/person.xhtml?id=" + asked.id()), "contact", Map.of(), "contact:ask");
        Page theirs = asked.web().get("/network/index.xhtml");
        asked.web().submit(theirs, "network", Map.of(), firstButton(theirs, "decline"));
        Page again = asker.web().get("/person.xhtml?id=" + asked.id());
        assertEquals("Cette personne n’a pas donné suite à votre demande.", again.text("contact-state"));
        assertFalse(again.body().contains("contact:ask"), "a declined asker is not offered to ask again");

        connect(asked, asker);
        Page connections = asker.web().get("/network/index.xhtml");
        connections = asker.web().submit(connections, "network", Map.of(), firstButton(connections, "remove"));
        assertTrue(connections.globalMessages().contains("La relation est supprimée"), connections.mainText());
        assertEquals("REMOVED", Db.single("SELECT status FROM app.contact_request WHERE requester_id = ?", asked.id()));
    }

    @Test
    void suggestionsAreFellowMembersWithSharedCompetencesOrANeighbouringActivity() {
        long community = Db.community("SECTOR", "OPEN", "Suggestions");
        Person me = member("Sacha", community);
        Person welder = member("Tom", community);
        Person neighbour = member("Ugo", community);
        Person unrelated = member("Vera", community);
        Person elsewhere = member("Wanda", Db.community("SECTOR", "OPEN", "Loin"));
        for (Person p : new Person[] {me, welder, elsewhere}) {
            Db.update("INSERT INTO app.member_competence (account_id, competence) VALUES (?, 'Soudure')", p.id());
        }
        company(me, "25.62A");
        company(neighbour, "25.61Z");
        company(unrelated, "47.11A");

        Page network = me.web().get("/network/index.xhtml");
        String suggestions = network.text("suggestions");
        assertTrue(suggestions.contains("Tom Test") && suggestions.contains("compétences communes : Soudure"), suggestions);
        assertTrue(suggestions.contains("Ugo Test") && suggestions.contains("activité voisine (NAF 25.61Z)"), suggestions);
        assertFalse(suggestions.contains("Vera Test"), "nothing in common");
        assertFalse(suggestions.contains("Wanda Test"), "not in my communities");
        assertTrue(suggestions.indexOf("Tom Test") < suggestions.indexOf("Ugo Test"), "shared competences weigh more");

        me.web().submit(me.web().get("/person.xhtml?id=" + welder.id()), "contact", Map.of(), "contact:ask");
        assertFalse(me.web().get("/network/index.xhtml").text("suggestions").contains("Tom Test"), "already asked");
    }

    @Test
    void aBlockedMemberCannotMessageNorAskAndStrangersCannotWriteAtAll() {
        long community = Db.community("SECTOR", "OPEN", "Réseau");
        Person claire = member("Claire", community);
        Person denis = member("Denis", community);
        Person stranger = member("Étienne", Db.community("SECTOR", "OPEN", "Ailleurs"));

        Page denisThread = denis.web().get("/messages/conversation.xhtml?with=" + claire.id());
        Page claireView = claire.web().get("/person.xhtml?id=" + denis.id());
        claire.web().submit(claireView, "contact", Map.of(), "contact:block");

        Page refused = denis.web().submit(denisThread, "compose", Map.of("compose:body", "Vous m’avez bloqué ?"), "compose:send");
        assertEquals("Vous ne pouvez plus écrire à cette personne.", refused.text("refusal"));
        assertEquals(0, Db.count("SELECT count(*) FROM app.message WHERE sender_id = ?", denis.id()));
        assertTrue(denis.web().get("/messages/conversation.xhtml?with=" + claire.id()).text("refusal")
                .contains("ne pouvez plus écrire"));
        Page ask = denis.web().get("/person.xhtml?id=" + claire.id());
        Page askRefused = denis.web().submit(ask, "contact", Map.of("contact:message", "Et maintenant ?"), "contact:ask");
        assertEquals("Aucune demande n’est possible entre vous et cette personne.", askRefused.messageFor("contact:message"));
        assertEquals(0, Db.count("SELECT count(*) FROM app.contact_request WHERE requester_id = ?", denis.id()));

        assertEquals(404, stranger.web().get("/messages/conversation.xhtml?with=" + claire.id()).status());
        assertEquals(404, stranger.web().get("/person.xhtml?id=" + claire.id()).status());
    }

    @Test
    void eachFieldIsShownOnlyToTheAudienceItsOwnerChose() {
        long community = Db.community("SECTOR", "OPEN", "Visibilité");
        Person owner = member("Fanny", community);
        Person colleague = member("Gilles", community);
        Person contact = member("Hugo", community);
        owner.web().submit(owner.web().get("/account/profile.xhtml"), "profile", Map.of("profile:contactPhone", "02 31 00 00 01",
                "profile:aboutMe", "Experte en soudure."), "profile:save");
        Page sharing = owner.web().get("/account/sharing.xhtml");
        Page saved = owner.web().submit(sharing, "sharing", Map.of("sharing:email", "NOBODY", "sharing:phone", "CONNECTIONS",
                "sharing:aboutMe", "COMMUNITIES", "sharing:photo", "NOBODY", "sharing:messages", "EACH",
                "sharing:content", "NEVER"), "sharing:save");
        assertTrue(saved.globalMessages().contains("Vos choix sont enregistrés"), saved.mainText());
        connect(contact, owner);
        // Hugo leaves the community: still a connection, no longer a fellow member.
        Db.update("UPDATE app.membership SET status = 'LEFT' WHERE account_id = ?", contact.id());

        Page seenByColleague = colleague.web().get("/person.xhtml?id=" + owner.id());
        assertEquals("", seenByColleague.text("person-email"));
        assertEquals("", seenByColleague.text("person-phone"));
        assertEquals("Experte en soudure.", seenByColleague.text("person-about"));
        assertFalse(seenByColleague.body().contains(owner.email()));

        Page seenByContact = contact.web().get("/person.xhtml?id=" + owner.id());
        assertEquals(200, seenByContact.status(), "a connection sees the page without a shared community");
        assertEquals("02 31 00 00 01", seenByContact.text("person-phone"));
        assertEquals("Experte en soudure.", seenByContact.text("person-about"));
        assertEquals("", seenByContact.text("person-email"));

        Page stranger = member("Inès", Db.community("SECTOR", "OPEN", "Ailleurs")).web().get("/person.xhtml?id=" + owner.id());
        assertEquals(404, stranger.status());
        Db.update("INSERT INTO app.member_photo (account_id, content, updated_at) VALUES (?, ?, now())", owner.id(), new byte[] {1});
        assertEquals(404, colleague.web().bytes("/photo?id=" + owner.id()).statusCode(), "photo shown to nobody");
    }

    @Test
    void aReportReachesTheAnimatorsOfTheCommunityAndOnlyThem() {
        long community = Db.community("SECTOR", "OPEN", "Modération");
        long otherCommunity = Db.community("SECTOR", "OPEN", "Autre");
        Person sender = member("Jules", community);
        Person receiver = member("Karine", community);
        Person animator = animatorOf(community);
        Person otherAnimator = animatorOf(otherCommunity);

        Page thread = sender.web().get("/messages/conversation.xhtml?with=" + receiver.id());
        sender.web().submit(thread, "compose", Map.of("compose:body", "Message déplacé"), "compose:send");
        Page received = receiver.web().get("/messages/conversation.xhtml?with=" + sender.id());
        Page noReason = receiver.web().submit(received, "thread", Map.of("thread:messages:0:reason", " ",
                "thread:messages:0:community", String.valueOf(community)), "thread:messages:0:report");
        assertEquals("Indiquez le motif du signalement (1 000 caractères au plus).", noReason.messageFor("thread:messages:0:reason"));
        assertTrue(noReason.doc().select("details.report").first().hasAttr("open"), "the form stays open with its message");
        Page reported = receiver.web().submit(received, "thread", Map.of("thread:messages:0:reason", "Propos insultants",
                "thread:messages:0:community", String.valueOf(community)), "thread:messages:0:report");
        assertTrue(reported.globalMessages().contains("signalé aux animateurs"), reported.mainText());

        assertFalse(otherAnimator.web().get("/animation/moderation.xhtml").mainText().contains("Message déplacé"));
        Page queue = animator.web().get("/animation/moderation.xhtml");
        assertTrue(queue.text("reports").contains("Message déplacé"), queue.mainText());
        assertTrue(queue.text("reports").contains("Propos insultants"));
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE actor_id = ? AND subject_account_id = ?",
                animator.id(), sender.id()), "the animator's reading is in the audit trail");

        Page decided = animator.web().submit(queue, "queue", Map.of(), "queue:reports-repeat:0:remove");
        assertTrue(decided.text("queue-empty").contains("Aucun signalement"), decided.mainText());
        assertTrue(receiver.web().get("/messages/conversation.xhtml?with=" + sender.id()).text("thread-messages")
                .contains("Message retiré par la modération"));
    }

    @Test
    void aDailyDigestGathersTheDaysNoticesAtSevenInTheMorning() {
        long community = Db.community("SECTOR", "OPEN", "Résumé");
        Person writer = member("Laure", community);
        Person reader = member("Marc", community);
        reader.web().submit(reader.web().get("/account/sharing.xhtml"), "sharing", Map.of("sharing:email", "COMMUNITIES",
                "sharing:phone", "COMMUNITIES", "sharing:aboutMe", "COMMUNITIES", "sharing:photo", "COMMUNITIES",
                "sharing:messages", "DAILY", "sharing:content", "NEVER"), "sharing:save");
        writer.web().submit(writer.web().get("/person.xhtml?id=" + reader.id()), "contact", Map.of(), "contact:ask");
        Page thread = writer.web().get("/messages/conversation.xhtml?with=" + reader.id());
        thread = writer.web().submit(thread, "compose", Map.of("compose:body", "Un"), "compose:send");
        writer.web().submit(thread, "compose", Map.of("compose:body", "Deux"), "compose:send");
        assertEquals(2, Db.count("SELECT count(*) FROM app.notification WHERE account_id = ? AND sent_at IS NULL", reader.id()),
                "one line per conversation, however many messages");
        assertEquals(1, mailbox.to(reader.email()).size(), "only the address confirmation so far");

        try {
            shiftClock(1);
            MimeMessage digest = mailbox.await(reader.email(), 2);
            assertTrue(Mailbox.subject(digest).contains("(2)"), Mailbox.subject(digest));
            String text = Mailbox.part(digest, "text/plain");
            assertTrue(text.contains("Laure Test souhaite entrer en relation avec vous"), text);
            assertTrue(text.contains("Nouveau message de Laure Test"), text);
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void exportHoldsMessagesAndContactsAndErasureAnonymisesMessagesToOthers() throws IOException {
        long community = Db.community("SECTOR", "OPEN", "Effacement");
        Person leaving = member("Noé", community);
        Person staying = member("Olga", community);
        connect(leaving, staying);
        Page thread = leaving.web().get("/messages/conversation.xhtml?with=" + staying.id());
        leaving.web().submit(thread, "compose", Map.of("compose:body", "Mon dernier mot"), "compose:send");
        Page reply = staying.web().get("/messages/conversation.xhtml?with=" + leaving.id());
        staying.web().submit(reply, "compose", Map.of("compose:body", "Bien reçu"), "compose:send");

        Map<String, String> export = unzip(leaving.web().bytes("/account/my-data.zip").body());
        assertTrue(export.get("csv/messages.csv").contains("Mon dernier mot"), export.get("csv/messages.csv"));
        assertTrue(export.get("csv/messages.csv").contains("Bien reçu"));
        assertTrue(export.get("csv/contacts.csv").contains("Olga Test"), export.get("csv/contacts.csv"));
        assertTrue(export.get("README.txt").contains("les messages que vous avez envoyés et reçus"));

        Page delete = leaving.web().get("/account/delete.xhtml");
        leaving.web().submit(delete, "delete", Map.of("delete:currentPassword", PASSWORD), "delete:submit");
        assertNull(Db.accountId(leaving.email()));

        Page list = staying.web().get("/messages/index.xhtml");
        assertTrue(list.text("conversations").contains("Ancien membre"), list.mainText());
        String former = list.doc().select("#conversations a").first().attr("href");
        Page kept = staying.web().get(former);
        assertTrue(kept.text("thread-messages").contains("Mon dernier mot"), kept.mainText());
        assertTrue(kept.text("thread-messages").contains("Bien reçu"));
        assertTrue(kept.text("thread-messages").contains("Ancien membre"));
        assertTrue(kept.text("refusal").contains("a quitté la plateforme"));
        assertEquals(0, Db.count("SELECT count(*) FROM app.contact_request WHERE requester_id = ? OR recipient_id = ?",
                staying.id(), staying.id()));
    }

    private static void connect(Person asking, Person answering) {
        asking.web().submit(asking.web().get("/person.xhtml?id=" + answering.id()), "contact", Map.of(), "contact:ask");
        Page page = answering.web().get("/person.xhtml?id=" + asking.id());
        answering.web().submit(page, "contact", Map.of(), "contact:accept");
        assertEquals(1, Db.count("SELECT count(*) FROM app.contact_request WHERE status = 'ACCEPTED' AND requester_id = ?"
                + " AND recipient_id = ?", asking.id(), answering.id()));
    }

    /** A company of {@code naf} in Caen, with {@code person} as its approved member. */
    private static void company(Person person, String naf) {
        String siret = String.valueOf(10_000_000_000_000L + person.id() * 7919L % 89_999_999_999_999L);
        Db.update("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code, commune_code, department_code, phone,"
                + " created_at, updated_at) VALUES (?, ?, ?, '1 rue du Port', '14000', '14118', '14', '02 31 00 00 00', now(), now())",
                siret, "Entreprise " + siret, naf);
        Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                + " SELECT id, ?, 'APPROVED', now(), now() FROM app.company WHERE siret = ?", person.id(), siret);
    }

    private static String firstButton(Page page, String suffix) {
        return page.doc().select("button[id$=:" + suffix + "]").first().id();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
