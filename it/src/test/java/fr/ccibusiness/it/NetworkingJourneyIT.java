package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Networking and the community space in real browsers: two members connect and write to each other
 * (a new message appears in the other's open thread), one reports a message and the animator finds it in the queue; a member downloads a document and
 * someone outside the community gets the not-found page for the same link; a file over the limit is
 * refused before it is sent.
 */
class NetworkingJourneyIT extends PlatformIT {

    @Test
    void twoMembersConnectTalkAndReportAndOnlyMembersDownload() throws IOException {
        long community = Db.community("SECTOR", "OPEN", "Parcours réseau");
        Person alice = member("Alice", community);
        Person bruno = member("Bruno", community);
        Person animator = animatorOf(community);
        Person outsider = member("Zoé", Db.community("SECTOR", "OPEN", "Dehors"));
        Page space = animator.web().submitWithFile(animator.web().get("/space.xhtml?id=" + community), "document",
                Map.of("document:title", "Carte des sous-traitants"), "document:file", "carte.pdf", "application/pdf",
                CommunitySpaceIT.PDF, "document:upload");
        String documentLink = space.doc().select("a.document-link").first().attr("href");

        try (Browser aliceBrowser = browserOf(alice); Browser brunoBrowser = browserOf(bruno)) {
            aliceBrowser.open("/person.xhtml?id=" + bruno.id());
            aliceBrowser.type("contact:message", "Bonjour Bruno, nous usinons des pièces pour l’aéronautique.");
            aliceBrowser.clickAndWaitForPage("contact:ask");
            assertEquals("Votre demande de mise en relation est en attente.", aliceBrowser.text("contact-state"));

            brunoBrowser.clickAndWaitForPage("nav-network");
            assertTrue(brunoBrowser.text("incoming").contains("nous usinons des pièces"), brunoBrowser.text("incoming"));
            brunoBrowser.clickInRowAndWaitForPage("incoming", "Alice Test", "accept");
            assertTrue(brunoBrowser.text("connections").contains("Alice Test"));
            brunoBrowser.open("/messages/conversation.xhtml?with=" + alice.id());
            brunoBrowser.type("compose:body", "Ravi de vous connaître. Pouvez-vous nous envoyer vos capacités ?");
            brunoBrowser.clickAndWaitForPage("compose:send");
            assertTrue(brunoBrowser.text("thread-messages").contains("Pouvez-vous nous envoyer vos capacités"));

            aliceBrowser.open("/index.xhtml");
            assertEquals("1", aliceBrowser.text("unread-count").strip());
            aliceBrowser.clickAndWaitForPage("nav-messages");
            aliceBrowser.find("conversations").findElement(org.openqa.selenium.By.linkText("Bruno Test")).click();
            aliceBrowser.waitForText("thread-messages", text -> text.contains("vos capacités"), Duration.ofSeconds(10));
            aliceBrowser.type("compose:body", "Votre demande est déplacée, je la signale.");
            aliceBrowser.script("document.querySelector('details.report').open = true;");
            aliceBrowser.type("thread:messages:0:reason", "Démarchage insistant");
            aliceBrowser.clickAndWaitForPage("thread:messages:0:report");
            assertTrue(aliceBrowser.text("page-messages").contains("signalé aux animateurs"), aliceBrowser.text("page-messages"));

            brunoBrowser.type("compose:body", "Excusez-moi, je ne voulais pas insister.");
            brunoBrowser.clickAndWaitForPage("compose:send");
            aliceBrowser.waitForText("thread-messages", text -> text.contains("je ne voulais pas insister"), Duration.ofSeconds(20));

            try (Browser animatorBrowser = browserOf(animator)) {
                animatorBrowser.clickAndWaitForPage("nav-animation");
                animatorBrowser.clickAndWaitForPage("moderation");
                String queue = animatorBrowser.text("reports");
                assertTrue(queue.contains("Pouvez-vous nous envoyer vos capacités"), queue);
                assertTrue(queue.contains("Démarchage insistant") && queue.contains("Alice Test") && queue.contains("Bruno Test"), queue);

                // A file over the limit (2 MB on the test server) is refused before it is sent.
                animatorBrowser.open("/space.xhtml?id=" + community);
                Path tooLarge = Files.createTempFile("plan-de-charge", ".pdf");
                Files.write(tooLarge, new byte[3 * 1024 * 1024]);
                animatorBrowser.find("document:title").sendKeys("Plan de charge");
                animatorBrowser.find("document:file").sendKeys(tooLarge.toString());
                assertEquals("Le fichier dépasse 2 Mo.", animatorBrowser.text("document-file-too-large"));
                animatorBrowser.find("document:upload").click();
                assertEquals(Boolean.FALSE, animatorBrowser.script("return document.getElementById('document:file').validity.valid;"));
                assertEquals("Le fichier dépasse 2 Mo.", animatorBrowser.text("document-file-too-large"), "still the same page");
                assertEquals("Plan de charge", animatorBrowser.find("document:title").getAttribute("value"), "nothing typed is lost");
                Files.delete(tooLarge);
            }

            aliceBrowser.open("/space.xhtml?id=" + community);
            aliceBrowser.find("items").findElement(org.openqa.selenium.By.linkText("Carte des sous-traitants")).click();
            Path downloaded = aliceBrowser.awaitDownload();
            assertEquals("carte.pdf", downloaded.getFileName().toString());
            assertArrayEquals(CommunitySpaceIT.PDF, Files.readAllBytes(downloaded));
        }

        try (Browser outsiderBrowser = browserOf(outsider)) {
            outsiderBrowser.open(documentLink);
            assertEquals("Page introuvable", outsiderBrowser.heading());
        }
    }
}
