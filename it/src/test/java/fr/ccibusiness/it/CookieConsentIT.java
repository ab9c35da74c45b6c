package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The cookie banner and the first-party audience measurement (policy article 5), in a real browser. */
class CookieConsentIT extends PlatformIT {

    @Test
    void refusingOrClosingTheBannerSetsNoAudienceCookieAndCountsNothing() {
        long legalViews = views("/legal.xhtml");
        try (Browser browser = new Browser("fr")) {
            browser.open("/legal.xhtml");
            assertTrue(browser.text("cookie-banner").contains("Mesure d’audience"));
            assertTrue(browser.find("cookie-accept").isDisplayed() && browser.find("cookie-refuse").isDisplayed());
            assertTrue(browser.cookie("cci_audience").isEmpty(), "nothing before an answer");

            browser.clickAndWaitForPage("cookie-refuse");

            assertEquals("/legal.xhtml", browser.path());
            assertFalse(browser.has("cookie-banner"), "answered: the banner is gone");
            assertTrue(browser.cookie("cci_audience").isEmpty());
            assertEquals("refused", browser.cookie("cci_cookie_choice").map(Cookie::getValue).orElse(""));
            assertKeptTwelveMonths(browser.cookie("cci_cookie_choice").get());
            browser.open("/legal.xhtml");
        }
        try (Browser browser = new Browser("fr")) {
            browser.open("/directory.xhtml");
            browser.clickAndWaitForPage("cookie-close");
            assertFalse(browser.has("cookie-banner"));
            assertEquals("refused", browser.cookie("cci_cookie_choice").map(Cookie::getValue).orElse(""), "closing is refusing");
            assertTrue(browser.cookie("cci_audience").isEmpty());
            browser.open("/legal.xhtml");
        }
        assertEquals(legalViews, views("/legal.xhtml"), "no measurement without consent");
    }

    @Test
    void acceptingSetsAnAnonymousCookieForTwelveMonthsAndCountsViewsUntilRefusedFromTheFooter() {
        long legalViews = views("/legal.xhtml");
        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-accept");

            Cookie audience = browser.cookie("cci_audience").orElseThrow();
            assertTrue(audience.getValue().matches("[A-Za-z0-9_-]{22}"), "a random id: " + audience.getValue());
            assertTrue(audience.isHttpOnly());
            assertKeptTwelveMonths(audience);
            assertFalse(browser.has("cookie-banner"));

            browser.open("/legal.xhtml");
            await(() -> views("/legal.xhtml") == legalViews + 1, "the view counted");

            browser.clickAndWaitForPage("footer-cookies");
            assertTrue(browser.text("cookie-current").contains("vous avez accepté"));
            browser.clickAndWaitForPage("choice-refuse");
            assertTrue(browser.text("cookie-current").contains("vous avez refusé"));
            assertTrue(browser.cookie("cci_audience").isEmpty(), "refusing removes the audience cookie");
            browser.open("/legal.xhtml");
        }
        assertEquals(legalViews + 1, views("/legal.xhtml"));
    }

    @Test
    void onlyAFormOfThisSiteCanRecordAChoice() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String origin : new String[] {null, "https://attacker.example"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:8080/cookie-choice"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("choice=accept&back=/index.xhtml"));
            if (origin != null) {
                request.header("Origin", origin);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), "refused (the platform shows a 403 as a 404)");
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("cci_")),
                    response.headers().allValues("Set-Cookie").toString());
        }
        HttpResponse<String> fromHere = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/cookie-choice"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:8080")
                .POST(HttpRequest.BodyPublishers.ofString("choice=refuse&back=//evil.example/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, fromHere.statusCode());
        assertEquals("/index.xhtml", fromHere.headers().firstValue("Location").orElse(""), "never an open redirect");
    }

    private static void assertKeptTwelveMonths(Cookie cookie) {
        long days = ChronoUnit.DAYS.between(Instant.now(), cookie.getExpiry().toInstant());
        assertTrue(days >= 364 && days <= 365, cookie.getName() + " kept " + days + " days");
    }

    private static long views(String page) {
        Object views = Db.single("SELECT views FROM app.audience_page_views WHERE page = ? AND day = (now() AT TIME ZONE 'Europe/Paris')::date", page);
        return views == null ? 0 : ((Number) views).longValue();
    }

    private static void await(BooleanSupplier condition, String what) {
        Poll.until(condition, Duration.ofSeconds(10), what);
    }
}
