package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Advisory;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The privacy promises checked against the schema itself, so that a table added later is checked too:
 * after an erasure, no text column of any table holds the person's address, names or words (but for
 * the documented list below); every column that points at a person is in their export or explained.
 */
class PersonalDataIT extends PlatformIT {

    /**
     * What the erased person wrote that stays, and why: only their words, never their address or name.
     * (docs/privacy.md says the same.)
     */
    private static final Map<String, String> WORDS_THAT_STAY = Map.of(
            "app.message.body", "what they wrote to someone stays in that person's conversation, signed \"former member\"",
            "app.message_report.reason", "a report describes the reported message; it stays, without its author, for"
                    + " the animators' decision and its record",
            "app.announcement.title", "a community's announcement stays in its space, without its author",
            "app.announcement.body_html", "a community's announcement stays in its space, without its author",
            "app.support_request.message", "a request for a CCI's service stays with the CCI, without its requester's name, for"
                    + " the period the privacy page states",
            "app.support_entry.body", "a message on such a request stays with it, without its author");

    @Test
    void erasingSomeoneWhoUsedEveryFeatureLeavesTheirNameAndAddressNowhere() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String lastName = "Zorvathique" + tag;
        String firstName = "Eulalie" + tag;
        String word = "quizzelbrot" + tag;
        String email = newEmail();
        long community = Db.community("SECTOR", "OPEN", "Traces " + tag);
        registerConfirmed(new WebClient(), email, lastName, firstName);
        long erased = Db.accountId(email);
        Db.join(erased, community);
        Db.animate(erased, community);
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        Person anna = member("Anna", community);
        Person basile = member("Basile", community);
        Person chloe = member("Chloé", community);

        web.submit(web.get("/account/profile.xhtml"), "profile", Map.of("profile:jobTitle", "Cheffe " + word,
                "profile:aboutMe", "Je suis " + word), "profile:save");
        Page fromAnna = anna.web().get("/messages/conversation.xhtml?with=" + erased);
        anna.web().submit(fromAnna, "compose", Map.of("compose:body", "Un message à signaler"), "compose:send");
        Page thread = web.get("/messages/conversation.xhtml?with=" + anna.id());
        Page reported = web.submit(thread, "thread", Map.of("thread:messages:0:reason", "Signalé par " + word,
                "thread:messages:0:community", String.valueOf(community)), "thread:messages:0:report");
        assertTrue(reported.globalMessages().contains("signalé"), reported.mainText());
        web.submit(web.get("/messages/conversation.xhtml?with=" + anna.id()), "compose",
                Map.of("compose:body", "Bonjour " + word), "compose:send");
        web.submit(web.get("/person.xhtml?id=" + basile.id()), "contact", Map.of("contact:message", "Parlons " + word),
                "contact:ask");
        chloe.web().submit(chloe.web().get("/person.xhtml?id=" + erased), "contact", Map.of(), "contact:ask");
        web.submit(web.get("/person.xhtml?id=" + chloe.id()), "contact", Map.of(), "contact:accept");
        Page published = web.submit(web.get("/space.xhtml?id=" + community), "announcement", Map.of(
                "announcement:title", "Annonce " + word, "announcement:body_input", "<p>Texte " + word + "</p>"),
                "announcement:publish");
        assertTrue(published.globalMessages().contains("L’annonce est publiée"), published.mainText());
        long company = Advisory.company(erased, "Entreprise " + tag);
        long offer = ((Number) Db.single("INSERT INTO app.support_offer (cci_id, title, category, description, all_members,"
                + " target_days, created_at) SELECT cci_id, 'Service " + tag + "', 'EXPORT', '<p>x</p>', TRUE, 5, now()"
                + " FROM app.community WHERE id = ? RETURNING id", community)).longValue();
        Page requested = web.submitWithFiles(web.get("/service.xhtml?id=" + offer), "request", Map.of("request:company",
                Long.toString(company), "request:message", "Besoin " + word), "request:files",
                List.of(new WebClient.Upload("piece.pdf", "application/pdf", new ByteArrayInputStream(AdvisoryIT.PDF))),
                "request:submit");
        assertTrue(requested.globalMessages().contains("Votre demande est envoyée"), requested.mainText());
        web.submitWithFiles(requested, "reply", Map.of("reply:body", "Précision " + word), "reply:files", List.of(), "reply:send");
        long request = Advisory.requestOf(company);
        // The people console's history: a change made to the person's account, and one they made to another's.
        Db.update("INSERT INTO app.account_change (account_id, actor_id, actor_label, occurred_at, action, detail)"
                + " VALUES (?, ?, 'Anna Test', now(), 'LOCKED', ?)", erased, anna.id(), "Bloqué pour " + word);
        Db.update("INSERT INTO app.account_change (account_id, actor_id, actor_label, occurred_at, action, detail)"
                + " VALUES (?, ?, ?, now(), 'UNLOCKED', NULL)", basile.id(), erased, firstName + " " + lastName + " <" + email + ">");

        assertEquals(3, Db.count("SELECT count(*) FROM app.notification WHERE about_account_id = ? AND line IS NULL", erased),
                "the notices to Anna, Basile and Chloé name the person by id, not by a copy of their name");
        String notice = Mailbox.part(mailbox.await(anna.email(), 2), "text/plain");
        assertTrue(notice.contains("Nouveau message de " + firstName + " " + lastName), notice);

        web.submit(web.get("/account/delete.xhtml"), "delete", Map.of("delete:currentPassword", PASSWORD), "delete:submit");
        assertNull(Db.accountId(email));
        assertEquals(1, Db.count("SELECT count(*) FROM app.support_request WHERE id = ? AND requester_id IS NULL", request),
                "the CCI keeps the request, without its requester");
        // The confirmation of the deletion, to the former address, leaves the outbox once the relay took it.
        Poll.until(() -> Db.count("SELECT count(*) FROM app.outbox_mail") == 0, Duration.ofSeconds(20), "the outbox drained");

        Map<String, String> found = new HashMap<>();
        for (String needle : List.of(email, lastName, firstName, word)) {
            textColumnsHolding(needle).forEach(column -> found.put(column + " holds " + needle, column));
        }
        found.entrySet().removeIf(hit -> hit.getKey().endsWith(word) && WORDS_THAT_STAY.containsKey(hit.getValue()));
        assertEquals(Set.of(), new TreeSet<>(found.keySet()), "left behind after the erasure");
        assertTrue(textColumnsHolding(word).containsAll(List.of("app.message.body", "app.announcement.title")),
                "the scan does find what it looks for");
    }

    @Test
    void everyColumnThatPointsAtAPersonIsInTheirExportOrExplainedThere() throws IOException {
        Person person = member("Exportée", Db.community("SECTOR", "OPEN", "Couverture"));
        String readme = unzip(person.web().bytes("/account/my-data.zip").body()).get("README.txt");
        Set<String> covered = new TreeSet<>();
        boolean listing = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("== ")) {
                listing = line.startsWith("== Sources") || line.startsWith("== Ce qui vous concerne sans figurer");
            } else if (listing && line.startsWith("  ")) {
                String[] parts = line.trim().split(": ", 2);
                if (parts[0].contains(".")) {
                    covered.add(parts[0]); // an explained column: table.column: why
                } else {
                    covered.addAll(List.of(parts[1].split(", "))); // a section: the columns it reads
                }
            }
        }
        Set<String> pointing = new TreeSet<>();
        for (Object column : Db.column("SELECT DISTINCT kcu.table_name || '.' || kcu.column_name"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                + "   AND kcu.constraint_schema = tc.constraint_schema"
                + " JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name"
                + "   AND ccu.constraint_schema = tc.constraint_schema"
                + " WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_schema = 'app' AND ccu.table_name = 'account'")) {
            pointing.add(column.toString());
        }
        assertTrue(pointing.size() > 25, "the schema is read: " + pointing);
        pointing.removeAll(covered);
        assertEquals(Set.of(), pointing, "columns pointing at a person that no export section reads and no line explains");
        assertTrue(readme.contains("member_block.blocked_id: le fait qu’une personne vous a bloqué")
                || readme.contains("member_block.blocked_id: le fait qu'une personne vous a bloqué"), readme);
    }

    /** Every text column, of every table of every schema of the database, holding {@code needle} anywhere in a value. */
    private static List<String> textColumnsHolding(String needle) {
        List<String> found = new ArrayList<>();
        for (Object column : Db.column("SELECT c.table_schema || '.' || c.table_name || '.' || c.column_name"
                + " FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                + "   AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                + " WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')"
                + " AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')")) {
            String[] name = column.toString().split("\\.");
            if (Db.count("SELECT count(*) FROM " + name[0] + "." + name[1] + " WHERE strpos(lower(CAST(" + name[2]
                    + " AS text)), lower(?)) > 0", needle) > 0) {
                found.add(column.toString());
            }
        }
        return found;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(entries.isEmpty(), "an export");
        return entries;
    }
}
