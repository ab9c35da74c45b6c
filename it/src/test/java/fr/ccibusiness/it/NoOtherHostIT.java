package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Article 8, no transfer outside the EU: a real browser opens every kind of page, as a visitor and
 * signed in, with the cookie banner answered "accept", and no page makes it fetch anything from
 * another host (scripts, styles, fonts, images, requests).
 */
class NoOtherHostIT extends PlatformIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/index.xhtml", "/directory.xhtml?q=bois",
            "/communities.xhtml", "/events.xhtml", "/privacy.xhtml", "/legal.xhtml", "/contact.xhtml", "/cookies.xhtml", "/rights.xhtml",
            "/register.xhtml", "/login.xhtml", "/forgot-password.xhtml", "/page-that-does-not-exist.xhtml");
    private static final List<String> MEMBER_PAGES = List.of("/account/index.xhtml", "/account/profile.xhtml",
            "/account/data.xhtml", "/account/companies.xhtml", "/account/company.xhtml", "/account/communities.xhtml",
            "/account/password.xhtml", "/account/email.xhtml", "/account/delete.xhtml", "/directory.xhtml?who=people&q=a",
            "/account/sharing.xhtml", "/network/index.xhtml", "/messages/index.xhtml", "/animation/moderation.xhtml");

    @Test
    void noPageMakesTheBrowserContactAnotherHost() {
        long community = Db.community("TERRITORY", "OPEN", "Hôtes");
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Locale", "Alice");
        Db.join(Db.accountId(email), community);
        Db.animate(Db.accountId(email), community);
        List<String> elsewhere = new ArrayList<>();
        int fetched = 0;
        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-accept");
            List<String> pages = new ArrayList<>(PUBLIC_PAGES);
            pages.add("/community.xhtml?id=" + community);
            for (String page : pages) {
                browser.open(page);
                fetched += check(browser.fetchedUrls(), elsewhere);
            }
            LoginPage.open(browser).signIn(email, PASSWORD);
            List<String> memberPages = new ArrayList<>(MEMBER_PAGES);
            memberPages.add("/space.xhtml?id=" + community);
            for (String page : memberPages) {
                browser.open(page);
                fetched += check(browser.fetchedUrls(), elsewhere);
            }
        }
        assertEquals(List.of(), elsewhere, "fetched from another host");
        assertTrue(fetched > 2 * (PUBLIC_PAGES.size() + MEMBER_PAGES.size()), "pages and their resources were seen: " + fetched);
    }

    private static int check(List<String> urls, List<String> elsewhere) {
        for (String url : urls) {
            URI uri = URI.create(url);
            if (!"localhost".equals(uri.getHost()) && !"data".equals(uri.getScheme()) && !"blob".equals(uri.getScheme())) {
                elsewhere.add(url);
            }
        }
        return urls.size();
    }
}
