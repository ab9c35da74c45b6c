package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.support.Advisory;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;
import org.openqa.selenium.Keys;
import org.junit.jupiter.api.Test;

/**
 * Dashboards count what happened in their scope and range, by period, each chart with its table; the
 * platform's is the administrators', a CCI's its staff's, a community's its animators' too, and any
 * other is "not found"; in a browser, the charts are drawn.
 */
class DashboardIT extends PlatformIT {

    /** March and April 2025: 61 days, so a point a day. */
    private static final String RANGE = "&from=2025-03-01&to=2025-04-30";

    @Test
    void aCcisDashboardCountsItsCommunitiesActivityByDay() {
        long cci = Advisory.cci("CCI du tableau de bord");
        long community = Advisory.community(cci, "Communauté comptée");
        long elsewhere = Advisory.community(Advisory.cci("CCI ailleurs"), "Communauté ailleurs");
        Person anna = member("Anna");
        Person basile = member("Basile");
        Person chloe = member("Chloé");
        joined(anna.id(), community, "2025-03-03 10:00", null);
        joined(basile.id(), community, "2025-03-03 23:30", "2025-04-10 09:00");
        joined(chloe.id(), community, "2025-02-01 10:00", null);
        joined(chloe.id(), elsewhere, "2025-03-05 10:00", null);
        long company = Advisory.company(anna.id(), "Comptée SA");
        Db.update("UPDATE app.company SET created_at = '2025-03-20 12:00+01' WHERE id = ?", company);
        Db.update("INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source, unsubscribed_at)"
                + " VALUES (?, ?, '2025-03-03 10:00+01', 'JOIN', '2025-04-02 08:00+02')", community, anna.id());
        Db.update("WITH o AS (INSERT INTO app.support_offer (cci_id, title, category, description, all_members, target_days, created_at)"
                + " VALUES (?, 'Service compté', 'EXPORT', '<p>x</p>', TRUE, 5, now()) RETURNING id, cci_id)"
                + " INSERT INTO app.support_request (offer_id, cci_id, company_id, company_name, requester_id, message, status,"
                + " submitted_at, due_at) SELECT o.id, o.cci_id, ?, 'Comptée SA', ?, 'Besoin.', 'NEW', '2025-04-15 10:00+02', now() FROM o",
                cci, company, anna.id());

        WebClient admin = signedInWithRole("admin");
        Page page = admin.get("/admin/dashboard.xhtml?scope=cci-" + cci + RANGE);
        assertEquals(200, page.status(), page.mainText());
        assertTrue(page.h1().contains("CCI du tableau de bord"), page.h1());
        assertEquals("Chaque point compte un jour.", page.text("period"));
        assertEquals(2, total(page, "memberships", "joins"), "two joins in March (Chloé joined in February; her other community is elsewhere)");
        assertEquals(1, total(page, "memberships", "leaves"));
        assertEquals(List.of("2", "0"), figures(page, "memberships", "3 mars 2025"), "both joins of the 3rd, Paris time");
        assertEquals(List.of("0", "1"), figures(page, "memberships", "10 avr. 2025"));
        assertEquals(List.of("3", "0"), figures(page, "people", "3 mars 2025"), "Chloé since February, Anna and Basile");
        assertEquals(List.of("2", "1"), figures(page, "people", "30 avr. 2025"), "Basile left; Anna's company");
        assertEquals(1, total(page, "newsletters", "unsubscribes"));
        assertEquals(1, total(page, "purposes", "supportRequests"));
        assertTrue(page.doc().getElementById("chart-rights") == null, "rights requests are the platform's only");

        Page months = admin.get("/admin/dashboard.xhtml?scope=community-" + community + "&from=2024-12-01&to=2025-11-30");
        assertEquals("Chaque point compte une semaine, du lundi au dimanche.", months.text("period"));
        assertEquals(3, total(months, "memberships", "joins"));
        Page platform = admin.get("/admin/dashboard.xhtml?scope=platform&from=2023-01-01&to=2025-12-31");
        assertEquals("Chaque point compte un mois.", platform.text("period"));
        assertNotNull(platform.doc().getElementById("chart-rights"));
        Page refused = admin.get("/admin/dashboard.xhtml?scope=platform&from=2025-04-30&to=2025-03-01");
        Element message = refused.doc().selectFirst("#filter .field:has(#filter\\:range) .ui-message");
        assertNotNull(message, "the message is next to the range: " + refused.mainText());
        assertTrue(message.text().contains("Choisissez une période"), message.text());
    }

    @Test
    void eachSeesTheDashboardsOfTheirScopeOnly() {
        long cci = Advisory.cci("CCI du personnel");
        long ours = Advisory.community(cci, "Notre communauté");
        long other = Advisory.community(Advisory.cci("CCI d’à côté"), "Leur communauté");
        Person staff = member("Personnel");
        Advisory.staff(staff.id(), cci);
        WebClient staffWeb = personSignedIn(staff.email()).web();
        Page own = staffWeb.get("/admin/dashboard.xhtml");
        assertEquals(200, own.status());
        assertTrue(own.h1().contains("CCI du personnel"), "a CCI's staff start on their CCI's: " + own.h1());
        String scopes = own.doc().getElementById("filter:scope").text();
        assertTrue(scopes.contains("Notre communauté") && !scopes.contains("Leur communauté") && !scopes.contains("Toute la plateforme"),
                scopes);
        assertEquals(200, staffWeb.get("/admin/dashboard.xhtml?scope=community-" + ours + RANGE).status());
        assertEquals(404, staffWeb.get("/admin/dashboard.xhtml?scope=community-" + other + RANGE).status());
        assertEquals(404, staffWeb.get("/admin/dashboard.xhtml?scope=platform" + RANGE).status());

        Person animator = animatorOf(ours);
        assertEquals(200, animator.web().get("/admin/dashboard.xhtml?scope=community-" + ours + RANGE).status());
        assertEquals(404, animator.web().get("/admin/dashboard.xhtml?scope=cci-" + cci + RANGE).status());
        assertEquals(404, animator.web().get("/admin/dashboard.xhtml?scope=community-" + other + RANGE).status());
        assertEquals(404, member("Membre", ours).web().get("/admin/dashboard.xhtml").status());
    }

    @Test
    void inABrowserTheChartsAreDrawn() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Graphiques", "Admin");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = browserOf(personSignedIn(email))) {
            browser.open("/admin/dashboard.xhtml");
            browser.waitForText("title-people", text -> text.contains("Membres"), Duration.ofSeconds(10));
            Object drawn = browser.script("return Array.from(document.querySelectorAll('.dashboard-chart canvas'))"
                    + ".filter(c => c.width > 0 && c.getAttribute('role') === 'img').length");
            assertEquals(7L, ((Number) drawn).longValue(), "the platform's seven charts are drawn");
        }
    }

    /**
     * The dashboard with the keyboard alone: the scope, the range's field, the calendar's button (named)
     * opening the calendar and Escape closing it, the button that applies; then each chart's table opened
     * by Enter on its summary. The focus can be seen at every step.
     */
    @Test
    void inABrowserTheDashboardIsUsedWithTheKeyboardAlone() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Clavier", "Tableau");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = browserOf(personSignedIn(email))) {
            browser.open("/admin/dashboard.xhtml");
            browser.script("document.getElementById('filter:scope').focus()");
            List<String> path = new java.util.ArrayList<>(browser.tabTo("filter:range_input", 3));
            path.addAll(browser.tabTo("BUTTON.ui-datepicker-trigger", 3));
            assertTrue(browser.focused().startsWith("BUTTON.ui-datepicker-trigger"), "the calendar's button is reached: " + path);
            assertEquals("Choisir une date", browser.script("return document.activeElement.getAttribute('aria-label')"),
                    "the calendar's button says what it does");
            browser.keys(Keys.ENTER);
            browser.waitFor("calendar opened", () -> Boolean.TRUE.equals(browser.script(
                    "const p = document.getElementById('filter:range_panel'); return p !== null && p.offsetParent !== null"
                    + " && p.contains(document.activeElement)")));
            browser.keys(Keys.ESCAPE);
            browser.waitFor("calendar closed", () -> Boolean.TRUE.equals(browser.script(
                    "const p = document.getElementById('filter:range_panel'); return p === null || p.offsetParent === null")));
            path.addAll(browser.tabTo("filter:apply", 3));
            assertEquals("filter:apply", browser.focused(), "Tab goes on to the button that applies: " + path);
            browser.enterAndWaitForPage();
            assertTrue(browser.heading().contains("Tableau de bord"), browser.heading());

            browser.script("document.getElementById('filter:apply').focus()");
            path.addAll(browser.tabTo("SUMMARY.", 20));
            assertTrue(browser.focused().startsWith("SUMMARY."), "the first chart's table is reached: " + path);
            browser.keys(Keys.ENTER);
            assertEquals(Boolean.TRUE, browser.script("return document.activeElement.parentElement.open"), "Enter opens the table");
            assertTrue(path.stream().noneMatch(step -> step.contains("focus not visible")), "every step shows its focus: " + path);
        }
    }

    private static void joined(long account, long community, String decided, String left) {
        Db.update("INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at, left_at)"
                + " VALUES (?, ?, ?, CAST(? AS TIMESTAMP) AT TIME ZONE 'Europe/Paris', CAST(? AS TIMESTAMP) AT TIME ZONE 'Europe/Paris',"
                + " CAST(? AS TIMESTAMP) AT TIME ZONE 'Europe/Paris')", community, account, left == null ? "ACTIVE" : "LEFT", decided, decided, left);
    }

    private static long total(Page page, String chart, String series) {
        Element total = page.doc().selectFirst("#chart-" + chart + " li.total[data-series=" + series + "] strong");
        assertNotNull(total, chart + "/" + series + ": " + page.mainText());
        return Long.parseLong(total.text().replace("\u202f", "").replace(" ", ""));
    }

    /** The figures of the table's row for {@code label}. */
    private static List<String> figures(Page page, String chart, String label) {
        Element row = page.doc().select("table[data-chart=" + chart + "] tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label + " in " + chart));
        return row.select("td").eachText();
    }
}
