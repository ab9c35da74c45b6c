package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.StoredFiles;
import fr.ccibusiness.it.support.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A community's reserved space: who may list and download, what an upload must be, versions,
 * sanitised announcements with their notices, and the download log.
 */
class CommunitySpaceIT extends PlatformIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void onlyTheCommunityReadsItsSpaceWhateverIdIsTried() {
        long a = Db.community("SECTOR", "OPEN", "Espace A");
        long b = Db.community("SECTOR", "OPEN", "Espace B");
        Person animator = animatorOf(a);
        Person memberOfA = member("Paul", a);
        Person memberOfB = member("Quentin", b);
        String link = upload(animator, a, "Étude de marché 2026", "etude.pdf", PDF);
        long version = Long.parseLong(link.substring(link.indexOf("v=") + 2));

        Page space = memberOfA.web().get("/space.xhtml?id=" + a);
        assertTrue(space.text("items").contains("Étude de marché 2026"), space.mainText());
        HttpResponse<byte[]> download = memberOfA.web().bytes(link);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

        assertEquals(404, memberOfB.web().get("/space.xhtml?id=" + a).status());
        for (long id = version - 2; id <= version + 2; id++) {
            assertEquals(404, memberOfB.web().bytes("/space/file?v=" + id).statusCode(), "version " + id);
        }
        assertEquals(404, memberOfB.web().bytes("/space/file?v=abc").statusCode());
        assertEquals(200, memberOfB.web().get("/space.xhtml?id=" + b).status(), "their own space");
        assertTrue(new WebClient().get("/space/file?v=" + version).doc().getElementById("login") != null, "a visitor is asked to sign in");

        assertEquals(1, Db.count("SELECT count(*) FROM app.download_log WHERE version_id = ?", version));
        assertEquals(memberOfA.id(), ((Number) Db.single("SELECT account_id FROM app.download_log WHERE version_id = ?", version))
                .longValue());
        Page managed = animator.web().get("/space.xhtml?id=" + a);
        assertTrue(managed.text("items").contains("1 téléchargement(s) par 1 personne(s)"), managed.mainText());
        assertFalse(space.text("items").contains("téléchargement(s)"), "members do not see the counts");
    }

    @Test
    void aFormerMemberLosesAccessAtOnce() {
        long community = Db.community("SECTOR", "OPEN", "Départ");
        Person animator = animatorOf(community);
        Person member = member("Rémi", community);
        String link = upload(animator, community, "Compte rendu", "cr.pdf", PDF);
        assertEquals(200, member.web().bytes(link).statusCode());

        member.web().submit(member.web().get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:leave");

        assertEquals(404, member.web().bytes(link).statusCode());
        assertEquals(404, member.web().get("/space.xhtml?id=" + community).status());
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAndLeavesNothingBehind() {
        long community = Db.community("SECTOR", "OPEN", "Fichiers");
        Person animator = animatorOf(community);
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        long before = Db.count("SELECT count(*) FROM app.space_item WHERE community_id = ?", community);

        Page page = animator.web().get("/space.xhtml?id=" + community);
        Page refused = animator.web().submitWithFile(page, "document", Map.of("document:title", "Facture"), "document:file",
                "facture.pdf", "application/pdf", executable, "document:upload");

        assertTrue(refused.messageFor("document:file").contains("ni un PDF"), refused.mainText());
        assertEquals("Facture", refused.valueOf("document:title"), "what was typed stays");
        assertEquals(before, Db.count("SELECT count(*) FROM app.space_item WHERE community_id = ?", community));
        assertEquals(0, Db.count("SELECT count(*) FROM app.document_version WHERE file_name = 'facture.pdf'"));

        Page png = animator.web().submitWithFile(page, "document", Map.of("document:title", "Schéma"), "document:file",
                "schema.pdf", "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "document:upload");
        assertTrue(png.messageFor("document:file").contains("extension ne correspond pas"), "a PNG named .pdf");
    }

    @Test
    void aNewVersionKeepsTheEarlierOnesAndFoldersHoldDocuments() throws IOException {
        long community = Db.community("SECTOR", "OPEN", "Versions");
        Person animator = animatorOf(community);
        Person member = member("Sophie", community);
        Page page = animator.web().get("/space.xhtml?id=" + community);
        page = animator.web().submit(page, "newfolder", Map.of("newfolder:name", "Études"), "newfolder:create");
        assertTrue(page.globalMessages().contains("Le dossier est créé"), page.mainText());
        String folderLink = page.doc().select("#folders a").first().attr("href");
        long folder = Long.parseLong(folderLink.substring(folderLink.indexOf("folder=") + 7));

        Page inFolder = animator.web().get("/space.xhtml?id=" + community + "&folder=" + folder);
        inFolder = animator.web().submitWithFile(inFolder, "document", Map.of("document:title", "Baromètre"), "document:file",
                "barometre.pdf", "application/pdf", PDF, "document:upload");
        assertTrue(inFolder.globalMessages().contains("Le document est déposé"), inFolder.mainText());
        // Over two chunks of the file store (256 KB each), so that it is streamed in pieces both ways.
        byte[] second = new byte[600_000];
        new java.util.Random(7).nextBytes(second);
        System.arraycopy(PDF, 0, second, 0, PDF.length);
        String documentId = inFolder.doc().select("select[id=version:of] option").first().attr("value");
        inFolder = animator.web().submitWithFile(inFolder, "version", Map.of("version:of", documentId), "version:file",
                "barometre-v2.pdf", "application/pdf", second, "version:upload");
        assertTrue(inFolder.globalMessages().contains("les précédentes restent disponibles"), inFolder.mainText());

        Page seen = member.web().get("/space.xhtml?id=" + community + "&folder=" + folder);
        assertTrue(seen.text("space-path").contains("Études"));
        String latest = seen.doc().select("a.document-link").first().attr("href");
        String older = seen.doc().select("a.old-version").first().attr("href");
        assertArrayEquals(second, member.web().bytes(latest).body());
        assertArrayEquals(PDF, member.web().bytes(older).body());
        assertEquals(404, member("Théo", Db.community("SECTOR", "OPEN", "Autre")).web()
                .get("/space.xhtml?id=" + community + "&folder=" + folder).status());

        List<Long> files = Db.column("SELECT c.file_id FROM app.document_content c JOIN app.document_version v"
                + " ON v.id = c.version_id JOIN app.space_item i ON i.id = v.item_id WHERE i.community_id = ?", community)
                .stream().map(id -> ((Number) id).longValue()).toList();
        assertEquals(2, files.size());
        assertArrayEquals(second, Files.readAllBytes(StoredFiles.pathOf(files.get(1))), "the versions are files of the store");
        assertEquals(2, Db.count("SELECT count(*) FROM app.stored_file WHERE id IN (?, ?)", files.get(0), files.get(1)));

        Page managed = animator.web().get("/space.xhtml?id=" + community);
        Page notEmpty = animator.web().submit(managed, "content", Map.of(), "content:folder-repeat:0:remove-folder");
        assertTrue(notEmpty.globalMessages().contains("n’est pas vide"), notEmpty.mainText());
        Page removed = animator.web().submit(animator.web().get("/space.xhtml?id=" + community + "&folder=" + folder), "content",
                Map.of(), "content:item-repeat:0:remove");
        assertTrue(removed.globalMessages().contains("retiré de l’espace"), removed.mainText());
        assertEquals(404, member.web().bytes(latest).statusCode(), "a removed document is gone");
        assertEquals(404, member.web().bytes(older).statusCode(), "with all its versions");
        assertEquals(0, Db.count("SELECT count(*) FROM app.document_content c JOIN app.document_version v ON v.id = c.version_id"
                + " JOIN app.space_item i ON i.id = v.item_id WHERE i.community_id = ?", community), "its bytes are deleted");
        assertEquals(0, Db.count("SELECT count(*) FROM app.stored_file WHERE id IN (?, ?)", files.get(0), files.get(1)));
        StoredFiles.awaitDeleted(files, "the removed document's files to leave the disk");
        assertEquals(2, Db.count("SELECT count(*) FROM app.download_log WHERE community_id = ?", community), "its log stays");
        Page folderGone = animator.web().submit(animator.web().get("/space.xhtml?id=" + community), "content", Map.of(),
                "content:folder-repeat:0:remove-folder");
        assertTrue(folderGone.globalMessages().contains("Le dossier est supprimé"), folderGone.mainText());
    }

    @Test
    void announcementsAreSanitisedAndToldToTheMembersWhoChoseIt() {
        long community = Db.community("SECTOR", "OPEN", "Annonces");
        Person animator = animatorOf(community);
        Person wantsThem = member("Ursule", community);
        Person doesNot = member("Victor", community);
        wantsThem.web().submit(wantsThem.web().get("/account/sharing.xhtml"), "sharing", Map.of("sharing:email", "COMMUNITIES",
                "sharing:phone", "COMMUNITIES", "sharing:aboutMe", "COMMUNITIES", "sharing:photo", "COMMUNITIES",
                "sharing:messages", "EACH", "sharing:content", "EACH"), "sharing:save");

        Page page = animator.web().get("/space.xhtml?id=" + community);
        Page published = animator.web().submit(page, "announcement", Map.of("announcement:title", "Salon de l’industrie",
                "announcement:body_input", "<p>Rendez-vous <b>mardi</b><img src=x onerror=alert(1)><script>alert(2)</script></p>"),
                "announcement:publish");
        assertTrue(published.globalMessages().contains("L’annonce est publiée"), published.mainText());

        Page seen = wantsThem.web().get("/space.xhtml?id=" + community);
        assertTrue(seen.body().contains("Rendez-vous <b>mardi</b>"), seen.mainText());
        assertFalse(seen.body().contains("onerror"));
        assertFalse(seen.body().contains("alert(2)"));

        var notice = mailbox.await(wantsThem.email(), 2);
        assertTrue(Mailbox.subject(notice).contains("Nouvelle annonce dans"), Mailbox.subject(notice));
        assertTrue(Mailbox.part(notice, "text/plain").contains("/space.xhtml?id=" + community));
        Page empty = animator.web().submit(animator.web().get("/space.xhtml?id=" + community), "announcement",
                Map.of("announcement:title", "Vide", "announcement:body_input", "<p><script>x</script></p>"), "announcement:publish");
        assertEquals("Écrivez le texte de l’annonce.", empty.messageFor("announcement:body"));
        assertEquals(1, mailbox.to(doesNot.email()).size(), "only the address confirmation");
    }

    @Test
    void theDpoReadsTheWholeDownloadLogAndCciStaffMayReadTheSpace() {
        long community = Db.community("SECTOR", "OPEN", "Journal");
        Person animator = animatorOf(community);
        Person member = member("Xavier", community);
        String link = upload(animator, community, "Plan d’action", "plan.pdf", PDF);
        member.web().bytes(link);

        WebClient dpo = signedInWithRole("dpo");
        Page log = dpo.get("/dpo/downloads.xhtml");
        log = dpo.submit(log, "downloads", Map.of("downloads:community", String.valueOf(community)), "downloads:search");
        assertTrue(log.text("log:lines").contains("Xavier Test <" + member.email() + ">"), log.mainText());
        assertTrue(log.text("log:lines").contains("Plan d’action"));
        // Exported as searched; the export names the downloader in the audit trail.
        Page csv = dpo.submit(log, "log", Map.of(), "log:csv");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("telechargements.csv"), csv.headers().toString());
        assertEquals(2, csv.body().strip().lines().count(), "a header and the one download: " + csv.body());
        assertTrue(csv.body().contains("Xavier Test <" + member.email() + ">") && csv.body().contains("plan.pdf"), csv.body());
        assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what LIKE 'export CSV du journal des téléchargements%'"
                + " AND ? = ANY(subject_ids)", member.id()));
        assertEquals(404, animator.web().get("/dpo/downloads.xhtml").status(), "the full log is the DPO's");

        String staffEmail = newEmail();
        registerConfirmed(new WebClient(), staffEmail, "Conseiller", "Test");
        long staff = Db.accountId(staffEmail);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'cci-staff')", staff);
        Db.update("INSERT INTO app.cci_staff (cci_id, account_id) SELECT cci_id, ? FROM app.community WHERE id = ?", staff, community);
        WebClient staffWeb = new WebClient();
        signIn(staffWeb, staffEmail, PASSWORD);
        assertEquals(200, staffWeb.bytes(link).statusCode());
        assertFalse(staffWeb.get("/space.xhtml?id=" + community).body().contains("id=\"document\""), "staff read, animators write");
    }

    /** Uploads a document at the root of the space as its animator; returns its download address. */
    private static String upload(Person animator, long community, String title, String fileName, byte[] content) {
        Page page = animator.web().get("/space.xhtml?id=" + community);
        Page done = animator.web().submitWithFile(page, "document", Map.of("document:title", title), "document:file", fileName,
                "application/pdf", content, "document:upload");
        assertTrue(done.globalMessages().contains("Le document est déposé"), done.mainText());
        return done.doc().select("a.document-link").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow().attr("href");
    }
}
