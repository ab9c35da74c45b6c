package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.EventPages;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Events;
import fr.ccibusiness.it.support.PlatformIT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An event in two browsers: an animator publishes it for their community; a member finds it in the
 * list, registers and downloads the calendar entry; on the day the animator checks the member in from
 * the welcome desk page.
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
}
