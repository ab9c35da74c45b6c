package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.EventPages;
import fr.ccibusiness.it.pages.MeetingPages;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Events;
import fr.ccibusiness.it.support.Meetings;
import fr.ccibusiness.it.support.WebClient;
import java.util.Map;
import fr.ccibusiness.it.support.PlatformIT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Events in browsers. An animator publishes an event for their community; a member finds it in the
 * list, registers and downloads the calendar entry; on the day the animator checks the member in from
 * the welcome desk page. And a meeting day: a supplier asks a buyer for a meeting, the buyer accepts,
 * the organiser schedules and publishes, both download their agenda (PDF and .ics).
 */
class EventJourneyIT extends PlatformIT {

    @Test
    void anAnimatorPublishesAnEventAMemberRegistersAndIsCheckedInOnTheDay() throws Exception {
        long community = Db.community("SECTOR", "OPEN", "Parcours événement");
        Person animator = animatorOf(community);
        Person member = member("Églantine", community);
        String lastName = (String) Db.single("SELECT last_name FROM app.member WHERE account_id = ?", member.id());
        try (Browser organiserBrowser = browserOf(animator); Browser memberBrowser = browserOf(member)) {
            EventPages organiser = new EventPages(organiserBrowser);
            long event = organiser.create("c:" + community, community, "Matinale des sous-traitants", Events.at(9, 8), Events.at(9, 10),
                    "CCI Caen Normandie, Saint-Contest", 30);
            assertTrue(organiserBrowser.text("page-messages").contains("L’événement est publié"));
            assertEquals("Matinale des sous-traitants", organiserBrowser.heading());

            EventPages registrant = new EventPages(memberBrowser);
            assertTrue(registrant.register("Matinale des sous-traitants").contains("Votre inscription est confirmée"));
            assertEquals("Inscrit·e", memberBrowser.text("my-status"));
            assertTrue(memberBrowser.text("places").startsWith("29 place(s) libre(s) sur 30"), memberBrowser.text("places"));
            memberBrowser.find("calendar").click();
            Path ics = memberBrowser.awaitDownload();
            String calendar = Files.readString(ics, StandardCharsets.UTF_8);
            assertEquals("Matinale des sous-traitants", Events.property(calendar, "SUMMARY"));
            assertEquals(Db.single("SELECT calendar_uid FROM app.event WHERE id = ?", event), Events.property(calendar, "UID"));

            String count = organiser.checkIn(event, "eglan", lastName);
            assertEquals("1 présent(s) sur 1 inscrit(s)", count, "the search ignores accents and case");
            assertTrue(organiserBrowser.text("page-messages").contains("Arrivée enregistrée"));
            assertEquals(1, Db.count("SELECT count(*) FROM app.event_registration WHERE event_id = ? AND checked_in_at IS NOT NULL",
                    event));
        }
    }

    @Test
    void aSupplierAndABuyerAreScheduledTogetherAndBothDownloadTheirAgenda() throws Exception {
        long community = Db.community("SECTOR", "OPEN", "Parcours rendez-vous");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Convention des sous-traitants",
                "event:capacity", "50"));
        Meetings.open(animator.web(), event, 10, 6, 2, 4, 2, Map.of());
        Person supplier = member("Solène", community);
        String buyerEmail = newEmail();
        registerConfirmed(new WebClient(), buyerEmail, "Acheteur", "Bertrand");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'buyer')", Db.accountId(buyerEmail));
        Db.join(Db.accountId(buyerEmail), community);
        Person buyer = personSignedIn(buyerEmail);
        Events.register(supplier.web(), event);
        Events.register(buyer.web(), event);

        try (Browser supplierBrowser = browserOf(supplier); Browser buyerBrowser = browserOf(buyer);
             Browser organiserBrowser = browserOf(animator)) {
            MeetingPages buyerPages = new MeetingPages(buyerBrowser);
            assertTrue(buyerPages.join(event, "Achats de pièces usinées").contains("Vous participez aux rendez-vous"));
            MeetingPages supplierPages = new MeetingPages(supplierBrowser);
            assertTrue(supplierPages.join(event, "Usinage de précision").contains("Vous participez aux rendez-vous"));
            assertTrue(supplierPages.ask("Bertrand", "Présenter notre atelier").contains("Demande envoyée"));
            assertTrue(buyerPages.acceptFirst(event).contains("Demande acceptée"));

            String figures = new MeetingPages(organiserBrowser).scheduleAndPublish(event);
            assertTrue(figures.startsWith("1 rendez-vous placés sur 1 demandes acceptées"), figures);
            assertTrue(organiserBrowser.text("page-messages").contains("Planning publié : 2 participant(s)"));

            assertTrue(supplierPages.agenda(event).contains(buyerEmail), "the supplier sees who they meet, with the address");
            byte[][] supplierFiles = supplierPages.downloadAgenda();
            assertTrue(new String(supplierFiles[0], 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
            assertTrue(new String(supplierFiles[1], StandardCharsets.UTF_8).contains("Rendez-vous : Bertrand Acheteur"));
            assertTrue(buyerPages.agenda(event).contains(supplier.email()));
            byte[][] buyerFiles = buyerPages.downloadAgenda();
            assertTrue(new String(buyerFiles[0], 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
            assertTrue(new String(buyerFiles[1], StandardCharsets.UTF_8).contains("BEGIN:VEVENT"));
        }
    }
}
