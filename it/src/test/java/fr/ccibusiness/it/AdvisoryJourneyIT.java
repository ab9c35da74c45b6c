package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.SupportPages;
import fr.ccibusiness.it.support.Advisory;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The support services in browsers: a member finds a service of a CCI in the catalogue and requests it
 * for their company; an advisor of that CCI takes it from the queue, writes to the member, starts and
 * closes it; the member reads the answer and rates the service.
 */
class AdvisoryJourneyIT extends PlatformIT {

    @Test
    void aMemberRequestsAServiceAnAdvisorDeliversItAndTheMemberRatesIt() {
        long cci = Advisory.cci("CCI du navigateur");
        Person advisor = member("Thomas");
        Advisory.staff(advisor.id(), cci);
        Person staff = personSignedIn(advisor.email());
        Advisory.offer(staff.web(), cci, advisor.id(), "Diagnostic cybersécurité", 5, Map.of("offer:category", "DIGITAL"));
        Person member = member("Camille");
        long company = Advisory.company(member.id(), "Menuiserie Lefèvre");

        try (Browser memberBrowser = browserOf(member); Browser advisorBrowser = browserOf(staff)) {
            SupportPages asker = new SupportPages(memberBrowser);
            String sent = asker.request("cybersecurite", "Diagnostic cybersécurité", "Menuiserie Lefèvre",
                    "Nous avons subi une tentative d’intrusion le mois dernier.");
            assertTrue(sent.contains("Votre demande est envoyée"), sent);
            assertEquals("Nouvelle", memberBrowser.text("status"));
            long request = Advisory.requestOf(company);

            SupportPages desk = new SupportPages(advisorBrowser);
            desk.openFromQueue("Menuiserie Lefèvre");
            assertTrue(advisorBrowser.text("request-message").contains("tentative d’intrusion"));
            assertEquals("Attribuée", desk.act("assign:take"));
            assertEquals("En cours", desk.act("steps:start"));
            assertTrue(desk.write("message", "Bonjour, je passe jeudi à 14 h pour le diagnostic.").contains("Votre message est envoyé"));
            assertEquals("Terminée", desk.act("steps:complete"));
            assertFalse(advisorBrowser.has("message"), "a closed request takes no more messages");

            memberBrowser.open("/support/request.xhtml?id=" + request);
            assertTrue(memberBrowser.text("history").contains("je passe jeudi à 14 h"));
            assertEquals("4 / 5 — « Diagnostic clair et utile. »", asker.rate("Diagnostic cybersécurité", 4, "Diagnostic clair et utile."));
            assertEquals(4L, ((Number) Db.single("SELECT rating FROM app.support_request WHERE id = ?", request)).longValue());
        }
    }
}
