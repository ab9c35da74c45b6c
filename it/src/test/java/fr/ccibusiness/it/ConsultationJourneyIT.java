package fr.ccibusiness.it;

import static fr.ccibusiness.it.support.Buyers.companyOf;
import static fr.ccibusiness.it.support.Buyers.deadline;
import static fr.ccibusiness.it.support.Buyers.organisation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.ConsultationPages;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A whole consultation in two browsers: a buyer publishes it with its tender document; a member of the
 * target community downloads it, asks, deposits a response and reads the receipt; the buyer answers to
 * all; after the deadline (the test clock) the buyer opens and awards; the candidate reads the outcome.
 */
class ConsultationJourneyIT extends PlatformIT {

    @Test
    void aBuyerAndACandidateRunAConsultationFromPublicationToAward() throws Exception {
        long community = Db.community("SECTOR", "OPEN", "Parcours");
        long organisation = organisation(community);
        String buyerEmail = newEmail();
        registerConfirmed(new WebClient(), buyerEmail, "Achat", "Bérénice");
        long buyerId = Db.accountId(buyerEmail);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'buyer')", buyerId);
        Db.update("INSERT INTO app.buyer_member (account_id, organisation_id) VALUES (?, ?)", buyerId, organisation);
        Person candidate = member("Candide", community);
        companyOf(candidate.id(), "Candide Industrie");
        Path dce = Files.createTempFile("reglement", ".pdf");
        byte[] rules = "%PDF-1.4\n% Règlement du parcours\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dce, rules);
        Path offer = Files.createTempFile("offre", ".pdf");
        byte[] offerBytes = new byte[9 * 1024 * 1024 + 321];
        new java.util.Random(11).nextBytes(offerBytes);
        byte[] head = "%PDF-1.4\n% Notre offre\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, offerBytes, 0, head.length);
        Files.write(offer, offerBytes);
        Path program = Files.createTempFile("offre-piegee", ".pdf");
        Files.write(program, new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});

        try (Browser buyerBrowser = browserOf(personSignedIn(buyerEmail));
             Browser candidateBrowser = browserOf(candidate)) {
            ConsultationPages buyer = new ConsultationPages(buyerBrowser);
            long id = buyer.draft("PARCOURS-1", "Maintenance des compresseurs", "Maintenance de douze compresseurs.",
                    deadline(3), deadline(1));
            assertEquals("Brouillon", buyerBrowser.text("state"));
            assertTrue(buyer.addDocument("Règlement de la consultation", dce).contains("La pièce est déposée"));
            assertEquals("Publiée", buyer.publish());

            ConsultationPages candidatePages = new ConsultationPages(candidateBrowser);
            candidatePages.openAsCandidate(id);
            assertEquals("Maintenance des compresseurs", candidateBrowser.heading());
            assertTrue(candidateBrowser.text("server-clock").matches(".*\\d{2}:\\d{2}:\\d{2}.*"), "the server's clock is shown");
            candidateBrowser.find("documents").findElement(org.openqa.selenium.By.cssSelector("a.document-link")).click();
            assertArrayEquals(rules, Files.readAllBytes(candidateBrowser.awaitDownload()), "the tender document, as published");
            assertTrue(candidatePages.ask("Les pièces de rechange sont-elles fournies ?").contains("Votre question est envoyée"));
            assertTrue(candidatePages.depositRefused(program).contains("n’est ni un PDF"),
                    "refused at its first chunk, next to the field, the page kept");
            candidatePages.breakTheSecondChunk();
            String receipt = candidatePages.deposit("Nous proposons une visite par trimestre.", offer);
            assertEquals("1", candidateBrowser.script("return sessionStorage.getItem('cci-resumed')"),
                    "the page asked once where to resume after the broken chunk");
            assertEquals("4", candidateBrowser.script("return sessionStorage.getItem('cci-chunks')"),
                    "and sent the broken chunk again: four sendings for three chunks");
            assertTrue(receipt.contains("Candide Industrie") && receipt.contains(offer.getFileName().toString()), receipt);
            assertTrue(receipt.contains(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(offerBytes))), "three chunks make the file: " + receipt);
            assertTrue(receipt.contains("Dans les délais"), receipt);

            buyerBrowser.open("/buyer/consultation.xhtml?id=" + id);
            assertEquals("1 pli reçu dans les délais, scellé.", buyerBrowser.text("responses-sealed"));
            assertTrue(buyer.answerToAll("Oui, pour les pièces d’usure.").contains("publiées et envoyées à tous"));
            candidatePages.openAsCandidate(id);
            assertTrue(candidateBrowser.text("answers").contains("Oui, pour les pièces d’usure."));

            try {
                shiftClock(4);
                buyerBrowser.open("/buyer/consultation.xhtml?id=" + id);
                String opened = buyer.openResponses();
                assertTrue(opened.contains("Candide Industrie") && opened.contains("Nous proposons une visite par trimestre."), opened);
                assertTrue(buyer.awardFirst().contains("La consultation est attribuée"));

                candidatePages.openAsCandidate(id);
                assertEquals("Attribuée", candidateBrowser.text("state"));
                assertEquals("Candide Industrie", candidateBrowser.text("winners"));
                assertTrue(candidateBrowser.text("receipts").contains("Retenu"));
                assertFalse(candidateBrowser.has("deposit"), "no deposit any more");
            } finally {
                shiftClock(0);
            }
        }
    }
}
