package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.DirectoryPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The directory: companies searched in Lucene (words, prefixes, typos, codes, facets) and kept up to
 * date from the database's change log within seconds; people within shared communities only.
 */
class DirectoryIT extends PlatformIT {

    @Test
    void companiesAreFoundByWordsWithoutAccentsOrPluralsAndByFilters() {
        String marker = "Zorvex" + letters();
        WebClient member = signedIn(newEmail());
        long community = openCommunity();
        member.submit(member.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        createCompany(member, "Mécaniques de précision " + marker, "Usinage de pièces aéronautiques");
        awaitResults(marker, page -> names(page).size() == 1);

        assertEquals(List.of("Mécaniques de précision " + marker), names(search("mecanique precision " + marker)));
        assertEquals(1, names(search("mecaniqeus " + marker)).size(), "a typo");
        assertEquals(1, names(search("aero " + marker)).size(), "the beginning of a word");
        assertEquals(1, names(search("caen industrielle " + marker)).size(), "the commune and the NAF label");
        assertEquals(1, names(search("25.62 " + marker)).size(), "the NAF code");
        assertEquals(1, names(search("usinages aeronautique " + marker)).size(), "stems and accents");
        assertEquals(1, names(search(marker + "&department=14&naf=25.62&certification=iso%209001"
                + "&community=" + community)).size());
        assertEquals(0, names(search(marker + "&department=76")).size());
        assertEquals(0, names(search(marker + "&naf=10")).size());
        assertEquals(0, names(search(marker + "&certification=MASE")).size());
        assertEquals(0, names(search(marker + "&community=" + openCommunity())).size());
        long joinedLater = openCommunity();
        member.submit(member.get("/community.xhtml?id=" + joinedLater), "membership", Map.of(), "membership:join");
        awaitResults(marker + "&community=" + joinedLater, page -> names(page).size() == 1); // a community its member joins later

        Page result = search(marker);
        assertTrue(result.text("results-title").contains("Un résultat"), result.text("results-title"));
    }

    @Test
    void visitorsGetTheSamePageAgainUntilACompanyChanges() throws Exception {
        String marker = "Kerlys" + letters();
        Page before = search(marker);
        Page again = search(marker);
        assertEquals(0, names(before).size());
        assertEquals(before.body(), again.body(), "served again as rendered");
        assertTrue(again.headers().firstValue("Content-Security-Policy").isPresent(), "security headers on cached pages");

        HttpResponse<byte[]> compressed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(WebClient.BASE + "/directory.xhtml?q=" + marker)).header("Accept-Encoding", "gzip, deflate, br").build(),
                BodyHandlers.ofByteArray());
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""), "kept and sent compressed");
        assertEquals("HIT", compressed.headers().firstValue("X-Cache").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertEquals(before.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        createCompany(signedIn(newEmail()), "Forges " + marker, "Forge et estampage");

        awaitResults(marker, page -> names(page).equals(List.of("Forges " + marker))); // the change empties the cache
        assertEquals(List.of("Forges " + marker), names(search(marker)));
    }

    @Test
    void relevanceShowsCompaniesNamedByTheWordsFirstThenTheNewest() {
        String marker = "Plumex" + letters();
        insertCompanies("Zinguerie " + marker, "Couverture et zinguerie", 1);
        insertCompanies("Ateliers Morel", "Travaux de zinguerie " + marker, 1);
        insertCompanies("Bardages Huet", "Bardage et zinguerie " + marker, 1);
        awaitResults(marker, page -> names(page).size() == 3);

        assertEquals(List.of("Zinguerie " + marker, "Bardages Huet", "Ateliers Morel"), names(search(marker)),
                "the name first, then the newest of the others");
        assertEquals(404, search(marker + "&page=abc&community=x").status(), "a malformed parameter answers the 404 page");
        Page beyond = search(marker + "&page=7");
        assertEquals(3, names(beyond).size(), "a page past the results shows the last one");
        assertEquals("Page 1 sur 1", beyond.doc().select("nav.actions span").text());
        assertTrue(beyond.doc().select("#previous").isEmpty());
        assertEquals(List.of("Ateliers Morel", "Bardages Huet", "Zinguerie " + marker), names(search(marker + "&sort=NAME")));
    }

    @Test
    void facetsCountWhatTheirFilterThenShowsAndKeepTheSearch() {
        String marker = "Dravik" + letters();
        insertCompanies("Tournage " + marker, "Décolletage de précision", 3);
        Db.update("UPDATE app.company SET commune_code = '76540', postal_code = '76000', department_code = '76'"
                + " WHERE legal_name = ? AND id = (SELECT max(id) FROM app.company WHERE legal_name = ?)", "Tournage " + marker, "Tournage " + marker);
        awaitResults(marker + "&department=76", page -> names(page).size() == 1);

        Page all = search(marker);
        assertEquals(List.of("Calvados (2)", "Seine-Maritime (1)"), all.doc().select("#facet-department a").eachText());
        assertEquals(List.of("Industrie manufacturière (3)"), all.doc().select("#facet-section a").eachText());
        assertEquals(List.of("25 — Fabrication de produits métalliques, à l’exception des machines et des équipements (3)"),
                all.doc().select("#facet-division a").eachText());

        String calvados = all.doc().select("#facet-department a:contains(Calvados)").attr("href");
        Page filtered = new WebClient().get(calvados);
        assertEquals(2, names(filtered).size(), "the facet counted what its filter shows");
        assertEquals("2 résultats", filtered.text("results-title"));
        assertEquals(List.of("Calvados (2) ✕", "Seine-Maritime (1)"), filtered.doc().select("#facet-department a").eachText(),
                "the other departments stay in reach");
        assertEquals("true", filtered.doc().select("#facet-department a.facet-selected").attr("aria-current"));
        assertEquals("14", filtered.doc().select("#search input[type=hidden][name=department]").val(), "new words keep the filter");

        Page removed = new WebClient().get(filtered.doc().select("#facet-department a.facet-selected").attr("href"));
        assertEquals(3, names(removed).size(), "the filter removed");
        assertEquals(404, search(marker + "&section=C&page=x").status());
        assertEquals(3, names(search(marker + "&section=C&division=25&workforce=")).size());
    }

    @Test
    void resultsMarkTheWordsFoundAndEscapeEverythingElse() {
        String marker = "Hostyl" + letters();
        insertCompanies("<script>alert(1)</script> Usinage " + marker, "Usinage <img src=x onerror=alert(2)> de précision", 1);
        // A certification is typed by the company: it becomes a facet's label and its link.
        Db.update("INSERT INTO app.company_certification (company_id, certification) SELECT id, ? FROM app.company"
                + " WHERE legal_name = ?", "<b onmouseover=alert(3)>" + marker + "</b>", "<script>alert(1)</script> Usinage " + marker);
        awaitResults(marker, page -> names(page).size() == 1 && !page.doc().select("#facet-certification a").isEmpty());

        Page found = search("usinages " + marker);
        var card = found.doc().select("#company-results li").first();
        assertEquals("Usinage", card.select("h3 mark").first().text(), "the word found, marked");
        assertTrue(card.select("script, img").isEmpty(), card.html());
        assertTrue(card.select("h3 a").text().startsWith("<script>alert(1)</script>"), "shown as typed, as text");
        assertTrue(card.select(".result-excerpt").text().contains("<img src=x onerror=alert(2)>"), card.html());
        assertEquals("25.62B Mécanique industrielle — 14000 Caen", card.select(".result-meta").text());
        assertFalse(found.body().contains("02 31 00 00 00"), "a visitor's results hold no contact detail");
        var facet = found.doc().select("#facet-certification a").first();
        assertEquals("<b onmouseover=alert(3)>" + marker + "</b> (1)", facet.text(), "a facet's label shown as typed, as text");
        assertTrue(found.doc().select("#facet-certification b, [onmouseover]").isEmpty(), facet.outerHtml());
        Page filtered = new WebClient().get(facet.attr("href"));
        assertEquals(1, names(filtered).size(), "its link filters on the value as typed");
        assertEquals("true", filtered.doc().select("#facet-certification a.facet-selected").attr("aria-current"));
    }

    @Test
    void suggestionsCompleteWhatIsTypedFromTheIndex() throws Exception {
        String marker = "Sugvar" + letters();
        insertCompanies("Aérostructures " + marker, "Assemblage aéronautique", 1);
        awaitResults(marker, page -> names(page).size() == 1);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WebClient.BASE
                + "/directory/suggestions?query=aerostr+" + marker.substring(0, 5).toLowerCase())).build(), BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(answer.body().contains("{\"label\":\"Aérostructures " + marker + "\""), answer.body());
        assertTrue(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WebClient.BASE
                + "/directory/suggestions?query=a")).build(), BodyHandlers.ofString()).body().contains("\"suggestions\":[]"));

        Page typed = new WebClient().get("/directory.xhtml?q_input=aerostr+" + marker + "&department=14");
        assertTrue(typed.uri().getQuery().startsWith("who=companies&q=aerostr"), "the autocomplete's field redirected to q: " + typed.uri());
        assertEquals(List.of("Aérostructures " + marker), names(typed));
    }

    @Test
    void aVisitorTypesPicksASuggestionFiltersByADepartmentAndOpensACompany() {
        String marker = "Brovak" + letters();
        insertCompanies("Aéronefs " + marker, "Maintenance aéronautique", 2);
        Db.update("UPDATE app.company SET commune_code = '76540', postal_code = '76000', department_code = '76'"
                + " WHERE id = (SELECT max(id) FROM app.company WHERE legal_name = ?)", "Aéronefs " + marker);
        awaitResults(marker + "&department=76", page -> names(page).size() == 1);

        try (Browser visitor = new Browser("fr")) {
            DirectoryPage directory = DirectoryPage.open(visitor);
            assertEquals(List.of("Aéronefs " + marker, "Aéronefs " + marker),
                    directory.searchSuggestion("aero " + marker.substring(0, 5).toLowerCase(), "Aéronefs " + marker));
            assertEquals(List.of("Calvados (1)", "Seine-Maritime (1)"), directory.facetValues("department"));
            assertEquals(List.of("Aéronefs " + marker), directory.filter("department", "Seine-Maritime"));
            directory.openCompany("Aéronefs " + marker);
            assertEquals("Aéronefs " + marker, visitor.heading());
            assertTrue(visitor.text("company-facts").contains("76000"), visitor.text("company-facts"));
        }
    }

    @Test
    void pastAThousandResultsTheSearchAsksToBeNarrowed() {
        String marker = "Torvane" + letters();
        insertCompanies("Société", "Négoce de fournitures " + marker, 1_001);
        awaitResults(marker, page -> page.text("results-title").startsWith("Plus de"));

        Page first = search(marker);
        assertEquals("Plus de 1 000 résultats", first.text("results-title").replaceAll("\\h", " "), "a French thousands separator");
        assertTrue(first.text("narrow").contains("précisez les mots"), first.mainText());
        assertEquals("Page 1 sur 50", first.doc().select("nav.actions span").text());
        assertEquals(20, names(first).size());

        Page beyond = search(marker + "&page=70");
        assertEquals("Page 50 sur 50", beyond.doc().select("nav.actions span").text(), "no page past the thousandth result");
        assertEquals(20, names(beyond).size());
        assertTrue(beyond.doc().select("#next").isEmpty());

        Page byNaf = search(marker + "&naf=25.62&page=9");
        assertTrue(byNaf.text("results-title").replaceAll("\\h", " ").contains("Plus de 1 000"), "a NAF prefix");
        assertEquals(0, names(search(marker + "&naf=%25")).size(), "% is a character of the code, not a wildcard");

        Page fewer = search(marker + "&department=76");
        assertEquals("Aucun résultat", fewer.text("results-title"));
        assertTrue(fewer.doc().select("#narrow").isEmpty());
    }

    @Test
    void changesMadeStraightInTheDatabaseReachTheDirectoryWithinSeconds() {
        String marker = "Velmor" + letters();
        insertCompanies("Chaudronnerie " + marker, "Tôlerie fine", 1);
        awaitResults(marker, page -> names(page).equals(List.of("Chaudronnerie " + marker)));
        long id = ((Number) Db.single("SELECT id FROM app.company WHERE legal_name = ?", "Chaudronnerie " + marker)).longValue();

        Db.update("UPDATE app.company SET legal_name = ? WHERE id = ?", "Serrurerie " + marker, id);
        Db.update("INSERT INTO app.company_certification (company_id, certification) VALUES (?, 'MASE')", id);
        awaitResults(marker + "&certification=mase", page -> names(page).equals(List.of("Serrurerie " + marker)));
        assertEquals(List.of(), names(search("chaudronnerie " + marker)), "no longer found by its old name");
        assertEquals(List.of("Serrurerie " + marker), names(search("%22serrurerie " + marker + "%22")), "a phrase, searched by the database");

        Db.update("DELETE FROM app.company_certification WHERE company_id = ?", id);
        Db.update("DELETE FROM app.company WHERE id = ?", id);
        awaitResults(marker, page -> names(page).isEmpty());
    }

    @Test
    void aVisitorSeesCompaniesButNotTheirContactDetails() {
        String marker = "Quibel" + letters();
        WebClient member = signedIn(newEmail());
        createCompany(member, "Transports " + marker, "Transport routier de marchandises");
        long id = ((Number) Db.single("SELECT id FROM app.company WHERE legal_name = ?", "Transports " + marker)).longValue();

        Page visitor = new WebClient().get("/company.xhtml?id=" + id);
        assertEquals(200, visitor.status());
        assertTrue(visitor.text("contact-hidden").contains("Connectez-vous"));
        assertFalse(visitor.body().contains("02 31 45 67 89"));

        Page signedIn = member.get("/company.xhtml?id=" + id);
        assertTrue(signedIn.text("company-contact").contains("02 31 45 67 89"), signedIn.mainText());
        assertEquals("EN 9100, ISO 9001", signedIn.text("company-certifications"));
    }

    @Test
    void peopleAreFoundOnlyWithinSharedCommunitiesAndNeverWhenTheyObject() {
        long shared = openCommunity();
        long elsewhere = openCommunity();
        String marker = "Vantrel" + letters();
        WebClient alice = joined(newEmail(), "Alice", shared);
        String bobEmail = newEmail();
        WebClient bob = joined(bobEmail, "Bob " + marker, shared);
        String carolEmail = newEmail();
        joined(carolEmail, "Carol " + marker, elsewhere);

        Page found = alice.get("/directory.xhtml?who=people&q=" + marker);
        assertEquals(List.of("Bob " + marker), found.doc().select("#people-results a").eachText());
        String bobPage = "/person.xhtml?id=" + Db.accountId(bobEmail);
        assertTrue(alice.get(bobPage).text("person-email").contains(bobEmail), "contact details within the community");
        assertEquals(404, alice.get("/person.xhtml?id=" + Db.accountId(carolEmail)).status(), "no shared community");

        bob.submit(bob.get("/account/profile.xhtml"), "profile", Map.of("profile:hidden", "on"), "profile:save");
        assertEquals(List.of(), alice.get("/directory.xhtml?who=people&q=" + marker).doc().select("#people-results a").eachText());
        assertEquals(404, alice.get(bobPage).status(), "opposition: hidden everywhere");

        Page visitor = new WebClient().get("/directory.xhtml?who=people&q=" + marker);
        assertTrue(visitor.doc().select("#people-results").isEmpty(), "a visitor searches companies only");
        assertEquals("Connexion", new WebClient().get(bobPage).h1());
    }

    /** Changes made straight in the database reach the directory's index within seconds. */
    private static void awaitResults(String textAndFilters, Predicate<Page> shown) {
        Poll.until(() -> shown.test(search(textAndFilters)), Duration.ofSeconds(10), "the directory showing " + textAndFilters);
    }

    private static Page search(String textAndFilters) {
        return new WebClient().get("/directory.xhtml?q=" + textAndFilters.replace(" ", "+"));
    }

    private static List<String> names(Page page) {
        return page.doc().select("#company-results a").eachText();
    }

    private static String letters() {
        // Every hex digit mapped to a letter: a UUID may hold fewer than five of a–f.
        return UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .map(c -> c <= '9' ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static WebClient signedIn(String email) {
        return joined(email, "Membre", null);
    }

    private static WebClient joined(String email, String lastName, Long community) {
        WebClient web = new WebClient();
        registerConfirmed(web, email, lastName, "Test");
        if (lastName.contains(" ")) {
            Db.update("UPDATE app.member SET first_name = ?, last_name = ? WHERE account_id = ?",
                    lastName.split(" ")[0], lastName.split(" ")[1], Db.accountId(email));
        }
        signIn(web, email, PASSWORD);
        if (community != null) {
            web.submit(web.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        }
        return web;
    }

    private static void createCompany(WebClient web, String legalName, String activity) {
        web.submit(web.get("/account/company.xhtml"), "company", Map.of("company:siret", Sirets.random(),
                "company:legalName", legalName, "company:activity", activity,
                "company:naf_input", "25.62B — Mécanique industrielle", "company:street", "12 rue des Forges",
                "company:postalCode", "14000", "company:commune_input", "Caen (14000) — 14118",
                "company:phone", "02 31 45 67 89", "company:certifications", "ISO 9001, EN 9100"), "company:save");
    }

    /** Companies straight into the database, in Caen, one after the other (ids growing). */
    private static void insertCompanies(String legalName, String activity, int count) {
        Db.update("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code, commune_code, department_code,"
                + " activity, phone, created_at, updated_at)"
                + " SELECT lpad((floor(random() * 1e13))::bigint::text, 14, '0'), ?, '25.62B', '1 rue du Port', '14000', '14118', '14',"
                + " ?, '02 31 00 00 00', now(), now() FROM generate_series(1, ?)", legalName, activity, count);
    }

    private static long openCommunity() {
        return Db.community("TERRITORY", "OPEN", "Annuaire");
    }

}
