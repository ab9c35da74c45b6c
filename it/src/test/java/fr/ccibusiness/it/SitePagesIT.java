package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The public pages, their headers, the error pages, and the rule that nothing comes from another host. */
class SitePagesIT extends PlatformIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/index.xhtml", "/register.xhtml", "/login.xhtml",
            "/forgot-password.xhtml", "/resend-verification.xhtml", "/privacy.xhtml", "/legal.xhtml", "/contact.xhtml",
            "/confirm-email.xhtml?token=x", "/reset-password.xhtml?token=x", "/page-qui-n-existe-pas.xhtml");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");

    @Test
    void noPageMakesTheBrowserContactAnotherHost() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Vidal", "Tom");
        List<String> pages = new ArrayList<>(PUBLIC_PAGES);
        signIn(web, email, PASSWORD);
        pages.addAll(List.of("/account/index.xhtml", "/account/password.xhtml", "/account/email.xhtml",
                "/account/delete.xhtml"));

        Set<String> foreign = new LinkedHashSet<>();
        Set<URI> stylesheets = new LinkedHashSet<>();
        for (String path : pages) {
            Page page = web.get(path);
            assertEquals("default-src 'self'", page.headers().firstValue("Content-Security-Policy").orElse("")
                    .split(";")[0], path);
            assertScriptsOnlyFromThePlatform(path, page);
            for (Element element : page.doc().select("[src], [href], [action], [data], [poster], [srcset]")) {
                for (String attribute : List.of("src", "href", "action", "data", "poster", "srcset")) {
                    String value = element.attr(attribute);
                    if (!value.isEmpty() && !isOwn(page.uri().resolve(value.split(" ")[0].replace(" ", "%20")))) {
                        foreign.add(path + " -> " + value);
                    }
                }
                if ("stylesheet".equals(element.attr("rel"))) {
                    stylesheets.add(page.uri().resolve(element.attr("href")));
                }
            }
            for (Element style : page.doc().select("style, [style]")) {
                checkCss(path, page.uri(), style.hasAttr("style") ? style.attr("style") : style.data(), foreign);
            }
        }
        for (URI stylesheet : stylesheets) {
            Page css = web.get(stylesheet.toString());
            assertEquals(200, css.status(), stylesheet.toString());
            checkCss(stylesheet.toString(), stylesheet, css.body(), foreign);
        }
        assertEquals(Set.of(), foreign);
    }

    @Test
    void everyAnswerAllowsNoInlineScriptNorEval() {
        WebClient web = new WebClient();
        for (String path : List.of("/", "/directory.xhtml", "/page-qui-n-existe-pas.xhtml", "/photo?id=1",
                "/jakarta.faces.resource/css/site.css.xhtml", "/newsletter/unsubscribe?t=x", "/account/my-data.zip")) {
            Page page = web.get(path);
            assertScriptsOnlyFromThePlatform(path, page);
            assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), path + ": one policy");
        }
        Page home = web.get("/");
        String nonce = home.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
        for (Element script : home.doc().select("script")) {
            assertEquals(nonce, script.attr("nonce"), "every script of a page carries the answer's nonce: " + script);
        }
        assertEquals(List.of(), home.doc().select("[onclick], [onchange], [onsubmit], [onload]").stream()
                .map(Element::cssSelector).toList(), "no event handler in the markup");
    }

    @Test
    void theBrowserRefusesAScriptWithoutTheNonceAndTheTestsHearOfIt() {
        Browser browser = new Browser("fr");
        try {
            browser.open("/");
            browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + " document.body.appendChild(s);");
            assertEquals(Boolean.FALSE, browser.script("return window.injected === true;"), "the script did not run");
        } finally {
            AssertionError reported = assertThrows(AssertionError.class, browser::close,
                    "closing the browser reports the violation its console showed");
            assertTrue(reported.getMessage().contains("script-src"), reported.getMessage());
        }
    }

    /** The policy's script-src: the platform's files and, on a page, its nonce; never inline code nor eval. */
    private static void assertScriptsOnlyFromThePlatform(String path, Page page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(path));
        String scripts = java.util.Arrays.stream(policy.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("script-src")).findFirst()
                .orElse(policy.contains("default-src 'none'") ? "script-src 'none'" : "");
        assertTrue(scripts.matches("script-src ('self'|'none')( 'nonce-[A-Za-z0-9+/=]+')?"), path + ": " + policy);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Page home = new WebClient().get("/");
        assertEquals(200, home.status());
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
    }

    @Test
    void theHomePageIsFrenchFirstAndSpeaksEnglishToEnglishBrowsers() {
        Page french = new WebClient("fr").get("/");
        assertEquals("fr", french.doc().selectFirst("html").attr("lang"));
        assertEquals("Le réseau d’affaires des entreprises normandes", french.h1());
        assertEquals(6, french.doc().select("ul.purposes > li").size(), "the six purposes of the policy");

        Page english = new WebClient("en-GB").get("/");
        assertEquals("en", english.doc().selectFirst("html").attr("lang"));
        assertEquals("The business network of Normandy’s companies", english.h1());

        Page noPreference = new WebClient("de").get("/");
        assertEquals("fr", noPreference.doc().selectFirst("html").attr("lang"));
    }

    @Test
    void thePrivacyPageShowsTheCurrentVersionTheDpoAndTheCnil() {
        Page privacy = new WebClient().get("/privacy.xhtml");
        assertTrue(privacy.text("policy-version").startsWith("Version test-1 du 15 janvier 2026"), privacy.text("policy-version"));
        assertEquals("Politique de test Texte.", privacy.text("policy-text"));
        assertTrue(privacy.text("dpo-contact").contains("@"));
        assertTrue(privacy.text("cnil-address").contains("3 place de Fontenoy"));
        assertTrue(privacy.text("cnil-address").contains("75334 Paris Cedex 07"));
    }

    @Test
    void missingAndInternalPagesGetTheFriendlyNotFoundPage() {
        WebClient web = new WebClient();
        Page missing = web.get("/page-qui-n-existe-pas.xhtml");
        assertEquals(404, missing.status());
        assertEquals("Page introuvable", missing.h1());
        assertTrue(missing.body().contains("site-footer"), "inside the layout");

        assertEquals(404, web.get("/WEB-INF/templates/layout.xhtml").status());
        assertEquals(404, web.get("/WEB-INF/web.xml").status());
    }

    @Test
    void httpsIsServedOnPort8443() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).build();
        HttpResponse<String> home = https.send(HttpRequest.newBuilder(URI.create("https://localhost:8443/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("CCI Business"));
    }

    /** OpenSSL's client, which still speaks the old versions, asks for each: only 1.2 and 1.3 are served. */
    @Test
    void httpsSpeaksTls13And12Only() throws Exception {
        assertTrue(handshake("-tls1_3").contains("TLSv1.3"), "TLS 1.3 is served");
        assertTrue(handshake("-tls1_2").contains("TLSv1.2"), "TLS 1.2 is served");
        for (String old : List.of("-tls1_1", "-tls1")) {
            String answer = handshake(old);
            assertTrue(!answer.contains("Cipher is ") || answer.contains("Cipher is (NONE)"), old + " refused: " + answer);
        }
    }

    private static String handshake(String version) throws Exception {
        Process client = new ProcessBuilder("openssl", "s_client", "-connect", "localhost:8443", version,
                "-servername", "localhost").redirectErrorStream(true).start();
        client.getOutputStream().close();
        if (!client.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("openssl " + version + " did not finish");
        }
        return new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void checkCss(String where, URI base, String css, Set<String> foreign) {
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String value = url.group(1).trim();
            if (!value.startsWith("data:") && !value.startsWith("#") && !isOwn(base.resolve(value.replace(" ", "%20")))) {
                foreign.add(where + " -> " + value);
            }
        }
    }

    private static boolean isOwn(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return true;
        }
        if (scheme.equals("mailto") || scheme.equals("javascript") || scheme.equals("data")) {
            return true;
        }
        return "localhost".equals(uri.getHost());
    }
}
