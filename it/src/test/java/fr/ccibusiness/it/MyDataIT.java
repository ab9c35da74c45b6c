package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** "Mes données" (policy articles 4 and 7): the export, newsletter subscriptions, opposition. */
class MyDataIT extends PlatformIT {

    @Test
    void theExportHoldsEveryFieldOfThePersonAndNothingOfAnyoneElse() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String aliceEmail = newEmail();
        String bobEmail = newEmail();
        WebClient alice = member(aliceEmail, "Aliceexport" + marker);
        member(bobEmail, "Bobexport" + marker);
        long alice_ = Db.accountId(aliceEmail);
        long bob = Db.accountId(bobEmail);
        Db.update("UPDATE app.member SET job_title = ?, contact_phone = '06 12 34 56 78', website = 'https://alice.example.org',"
                + " social_url = 'https://social.example.org/alice', about_me = ? WHERE account_id = ?",
                "Fonction " + marker, "À propos ; \"guillemets\" =1+1 " + marker, alice_);
        Db.update("INSERT INTO app.member_competence (account_id, competence) VALUES (?, 'usinage'), (?, 'export')", alice_, alice_);
        Db.update("UPDATE app.member SET job_title = 'Secret de Bob', contact_phone = '07 99 99 99 99' WHERE account_id = ?", bob);
        String siret = Sirets.random().replace(" ", "");
        long company = ((Number) Db.single("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code, commune_code,"
                + " phone, department_code, created_at, updated_at) VALUES (?, ?, '25.62B', '1 rue du Port', '14000', '14118', '02 31 00 00 00', '14',"
                + " now(), now()) RETURNING id", siret, "Forges " + marker)).longValue();
        for (long person : new long[] {alice_, bob}) {
            Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                    + " VALUES (?, ?, 'APPROVED', now(), now())", company, person);
        }
        long community = Db.community("SECTOR", "OPEN", "Export " + marker);
        for (WebClient person : List.of(alice, signedIn(bobEmail))) {
            person.submit(person.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        }

        HttpResponse<byte[]> download = alice.bytes("/account/my-data.zip");

        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        Map<String, String> zip = unzip(download.body());
        assertTrue(zip.keySet().containsAll(List.of("README.txt", "data.json", "csv/account.csv", "csv/profile.csv",
                "csv/consents.csv", "csv/connection_log.csv", "csv/company_links.csv", "csv/memberships.csv",
                "csv/newsletter_subscriptions.csv")), zip.keySet().toString());
        String json = zip.get("data.json");
        for (String value : List.of(aliceEmail, "Aliceexport" + marker, "Fonction " + marker, "06 12 34 56 78",
                "https://alice.example.org", "https://social.example.org/alice", "export, usinage", siret, "Forges " + marker,
                "Export " + marker, "test-1", "\"outcome\": \"SUCCESS\"", "\"source\": \"JOIN\"", "\"status\": \"ACTIVE\"")) {
            assertTrue(json.contains(value), "data.json lacks " + value);
        }
        assertTrue(zip.get("csv/profile.csv").contains("\"À propos ; \"\"guillemets\"\" =1+1 " + marker + "\""),
                "CSV quoting: " + zip.get("csv/profile.csv"));
        assertTrue(zip.get("README.txt").contains("about_me: « À propos de moi »"), zip.get("README.txt"));
        for (String entry : zip.values()) {
            for (String other : List.of(bobEmail, "Bobexport", "Secret de Bob", "07 99 99 99 99")) {
                assertFalse(entry.contains(other), "someone else's data in the export: " + other);
            }
        }
        String visitorGets = new String(new WebClient().bytes("/account/my-data.zip").body(), StandardCharsets.UTF_8);
        assertTrue(visitorGets.contains("id=\"login\""), "a visitor gets the sign-in form, never an export");
    }

    @Test
    void newslettersAreSwitchedOffAndOnPerCommunityOrAllAtOnce() {
        String email = newEmail();
        WebClient member = member(email, "Abonné");
        long account = Db.accountId(email);
        long first = Db.community("SECTOR", "OPEN", "Aéronautique");
        long second = Db.community("TERRITORY", "OPEN", "Pays d'Auge");
        for (long community : new long[] {first, second}) {
            member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        }

        Page page = member.get("/account/data.xhtml");
        assertEquals(List.of("Abonné·e", "Abonné·e"), page.doc().select("[id$=':state']").eachText().stream()
                .map(t -> t.split(" ")[0]).toList());
        int row = rowOf(page, first);
        page = member.submit(page, "newsletters", Map.of(), "newsletters:table:" + row + ":unsubscribe");
        assertTrue(page.globalMessages().contains("désabonné"), page.mainText());
        assertNotNull(unsubscribedAt(first, account));
        assertNull(unsubscribedAt(second, account));

        page = member.submit(page, "newsletters", Map.of(), "newsletters:table:" + rowOf(page, first) + ":subscribe");
        assertNull(unsubscribedAt(first, account));
        assertEquals("ACCOUNT", Db.single("SELECT source FROM app.newsletter_subscription WHERE community_id = ? AND account_id = ?",
                first, account));

        page = member.submit(page, "newsletters", Map.of(), "newsletters:stop-all");
        assertTrue(page.globalMessages().contains("plus aucune newsletter (2"), page.mainText());
        assertNotNull(unsubscribedAt(first, account));
        assertNotNull(unsubscribedAt(second, account));
        assertEquals(List.of("Désabonné·e", "Désabonné·e"), page.doc().select("[id$=':state']").eachText());
    }

    @Test
    void objectingHidesFromTheDirectoryFromMesDonnees() {
        String marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        long community = Db.community("TERRITORY", "OPEN", "Opposition");
        String hiddenEmail = newEmail();
        WebClient hidden = member(hiddenEmail, "Cachée " + marker);
        WebClient looking = member(newEmail(), "Curieux");
        for (WebClient person : List.of(hidden, looking)) {
            person.submit(person.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        }
        assertEquals(1, looking.get("/directory.xhtml?who=people&q=" + marker).doc().select("#people-results a").size());

        Page page = hidden.submit(hidden.get("/account/data.xhtml"), "directory", Map.of("directory:hidden", "on"), "directory:save");

        assertTrue(page.globalMessages().contains("n’apparaissez plus"), page.mainText());
        assertEquals(0, looking.get("/directory.xhtml?who=people&q=" + marker).doc().select("#people-results a").size());
        assertEquals(404, looking.get("/person.xhtml?id=" + Db.accountId(hiddenEmail)).status());
    }

    private static int rowOf(Page page, long community) {
        List<String> names = page.doc().select("[id$=':name']").eachText();
        String name = (String) Db.single("SELECT name FROM app.community WHERE id = ?", community);
        return names.indexOf(name);
    }

    private static Object unsubscribedAt(long community, long account) {
        return Db.single("SELECT unsubscribed_at FROM app.newsletter_subscription WHERE community_id = ? AND account_id = ?",
                community, account);
    }

    private static WebClient member(String email, String lastName) {
        WebClient web = new WebClient();
        registerConfirmed(web, email, lastName, "Test");
        signIn(web, email, PASSWORD);
        return web;
    }

    private static WebClient signedIn(String email) {
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        return web;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
