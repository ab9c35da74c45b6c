package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page with view parameters, found in the web module's sources (so a page added later is tried
 * too), answers malformed and unknown values with the 404 page or with its own translated message:
 * never a server error, never an empty page, never the value written back unescaped. Each page needs a
 * row of valid values below: the test fails on a page without one.
 */
class BadParametersIT extends PlatformIT {

    private static final Path PAGES = Path.of("..", "web", "src", "main", "webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    /** Values as they appear in a URL, already encoded. */
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "0", "1.5", "99999999999999999999",
            "9223372036854775807", "", "%00", "1%00", "%FF", "%C3%A9", "1%2C2", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%20OR%20%271%27%3D%271", "x".repeat(5000));

    @Test
    void everyPageAnswersBadParametersWithTheNotFoundPageOrAMessage() {
        Fixture fixture = fixture();
        Map<String, List<String>> pages = pagesWithViewParameters();
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Map<String, String> valid = fixture.validParameters().get(page.getKey());
            if (valid == null) {
                problems.add(page.getKey() + ": no row of valid parameters in this test");
                continue;
            }
            // The pages as their user sees them, and as a visitor without a session does (the sign-in page for
            // the reserved ones; the directory from the visitors' page cache).
            Page baseline = fixture.web().get(url(page.getKey(), valid));
            if (baseline.status() != 200 || baseline.h1().isBlank()) {
                problems.add(page.getKey() + ": the valid parameters " + valid + " give " + baseline.status());
                continue;
            }
            for (String parameter : page.getValue()) {
                for (String bad : BAD_VALUES) {
                    Map<String, String> tried = new LinkedHashMap<>(valid);
                    tried.put(parameter, bad);
                    String url = url(page.getKey(), tried);
                    check(url, fixture.web().get(url), problems);
                    check(url + " (visitor)", new WebClient().get(url), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anExpiredFormAnswersTheExpiredPageWithA4xx() {
        WebClient web = new WebClient();
        web.get("/login.xhtml");
        Page expired = web.post("/login.xhtml", Map.of("login", "login", "login:email", "x@example.org",
                "login:password", "x", "login:submit", "", "jakarta.faces.ViewState", "-1:-1"));
        assertEquals(400, expired.status(), expired.mainText());
        assertEquals("Page expirée", expired.h1());
    }

    private static void check(String url, Page answer, List<String> problems) {
        String label = url.length() > 120 ? url.substring(0, 120) + "…" : url;
        if (answer.status() == 404) {
            if (!"Page introuvable".equals(answer.h1())) {
                problems.add(label + ": a 404 without the not-found page");
            }
        } else if (answer.status() != 200) {
            problems.add(label + ": HTTP " + answer.status() + " " + answer.h1());
        } else if (answer.h1().isBlank() || answer.mainText().isBlank()) {
            problems.add(label + ": an empty page");
        }
        if (answer.body().contains("<script>alert(1)")) {
            problems.add(label + ": the value written back unescaped");
        }
    }

    /** Each page outside WEB-INF with its view parameters, read from its Facelets source. */
    private static Map<String, List<String>> pagesWithViewParameters() {
        Map<String, List<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String path = "/" + PAGES.relativize(file).toString().replace('\\', '/');
                if (path.startsWith("/WEB-INF/")) {
                    continue;
                }
                Matcher parameter = VIEW_PARAM.matcher(Files.readString(file));
                List<String> names = new ArrayList<>();
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
                if (!names.isEmpty()) {
                    pages.put(path, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.size() < 10) {
            throw new AssertionError("Pages with view parameters not found under " + PAGES.toAbsolutePath() + ": " + pages);
        }
        return pages;
    }

    private static String url(String page, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(page);
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return url.toString();
    }

    /** Someone holding every role, in a community they animate, with a company and a fellow member. */
    private record Fixture(WebClient web, Map<String, Map<String, String>> validParameters) {
    }

    private static Fixture fixture() {
        long community = Db.community("SECTOR", "OPEN", "Paramètres");
        Person other = member("Autre", community);
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Paramètres", "Tous");
        long me = Db.accountId(email);
        Db.join(me, community);
        Db.animate(me, community);
        for (String role : List.of("admin", "dpo", "cci-staff", "buyer")) {
            Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", me, role);
        }
        long company = ((Number) Db.single("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code,"
                + " commune_code, phone, department_code, created_at, updated_at) VALUES (?, 'Paramètres SA', '25.62B',"
                + " '1 rue du Port', '14000', '14118', '02 31 00 00 00', '14', now(), now()) RETURNING id",
                Sirets.random().replace(" ", ""))).longValue();
        Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                + " VALUES (?, ?, 'APPROVED', now(), now())", company, me);
        long organisation = ((Number) Db.single("INSERT INTO app.buyer_organisation (name, siret, kind, cci_id, created_at)"
                + " SELECT 'Paramètres Achats', ?, 'PUBLIC', cci_id, now() FROM app.community WHERE id = ? RETURNING id",
                Sirets.random().replace(" ", ""), community)).longValue();
        Db.update("INSERT INTO app.buyer_member (account_id, organisation_id) VALUES (?, ?)", me, organisation);
        long consultation = ((Number) Db.single("INSERT INTO app.consultation (organisation_id, reference, title, object_html,"
                + " value_band, question_deadline, response_deadline, public_access, status, created_at, published_at)"
                + " VALUES (?, 'P-1', 'Paramètres', '<p>Objet.</p>', 'UNDER_40K', now() + interval '5 days',"
                + " now() + interval '12 days', TRUE, 'PUBLISHED', now(), now()) RETURNING id", organisation)).longValue();
        long event = ((Number) Db.single("INSERT INTO app.event (community_id, cci_id, title, description, starts_at, ends_at,"
                + " place, capacity, registration_deadline, public_access, status, calendar_uid, created_at) SELECT id, cci_id,"
                + " 'Paramètres', 'Description.', now() + interval '5 days', now() + interval '5 days 2 hours', 'Caen', 10,"
                + " now() + interval '4 days', TRUE, 'PUBLISHED', 'it-' || gen_random_uuid(), now() FROM app.community"
                + " WHERE id = ? RETURNING id", community)).longValue();
        Db.update("INSERT INTO app.meeting_session (event_id, first_day, days, day_start, slots_per_day, slot_minutes,"
                + " break_minutes, tables, requests_close_at, buyer_max, supplier_max, buyer_requests) VALUES (?,"
                + " CAST(now() + interval '5 days' AS date), 1, '09:00', 8, 20, 5, 4, now() + interval '3 days', 8, 4, 'BOTH')", event);
        long offer = ((Number) Db.single("INSERT INTO app.support_offer (cci_id, title, category, description, all_members,"
                + " target_days, created_at) SELECT cci_id, 'Paramètres', 'EXPORT', '<p>Un service.</p>', TRUE, 5, now()"
                + " FROM app.community WHERE id = ? RETURNING id", community)).longValue();
        long request = ((Number) Db.single("INSERT INTO app.support_request (offer_id, cci_id, company_id, company_name,"
                + " requester_id, message, status, submitted_at, due_at) SELECT o.id, o.cci_id, ?, 'Paramètres SA', ?, 'Besoin.',"
                + " 'NEW', now(), now() + interval '7 days' FROM app.support_offer o WHERE o.id = ? RETURNING id", company, me, offer))
                .longValue();
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);

        String id = Long.toString(community);
        Map<String, Map<String, String>> valid = new TreeMap<>();
        valid.put("/account/company.xhtml", Map.of("id", Long.toString(company)));
        valid.put("/animation/community.xhtml", Map.of("id", id));
        valid.put("/animation/newsletter.xhtml", Map.of("community", id));
        valid.put("/animation/newsletters.xhtml", Map.of("community", id));
        valid.put("/buyer/consultation.xhtml", Map.of("id", Long.toString(consultation)));
        valid.put("/community.xhtml", Map.of("id", id));
        valid.put("/consultation.xhtml", Map.of("id", Long.toString(consultation)));
        valid.put("/company.xhtml", Map.of("id", Long.toString(company)));
        valid.put("/confirm-email.xhtml", Map.of("token", "x"));
        valid.put("/directory.xhtml", Map.of("q", "forge"));
        valid.put("/event.xhtml", Map.of("id", Long.toString(event)));
        valid.put("/organiser/event.xhtml", Map.of("id", Long.toString(event)));
        valid.put("/organiser/checkin.xhtml", Map.of("id", Long.toString(event), "q", "dupont"));
        valid.put("/organiser/meetings.xhtml", Map.of("event", Long.toString(event)));
        valid.put("/meetings/session.xhtml", Map.of("event", Long.toString(event)));
        valid.put("/meetings/agenda.xhtml", Map.of("event", Long.toString(event)));
        valid.put("/index.xhtml", Map.of());
        valid.put("/services.xhtml", Map.of("q", "service", "category", "EXPORT", "cci", Db.single("SELECT cci_id FROM app.community"
                + " WHERE id = ?", community).toString()));
        valid.put("/service.xhtml", Map.of("id", Long.toString(offer)));
        valid.put("/support/request.xhtml", Map.of("id", Long.toString(request)));
        valid.put("/advisor/request.xhtml", Map.of("id", Long.toString(request)));
        valid.put("/advisor/catalogue.xhtml", Map.of("id", Long.toString(offer)));
        valid.put("/advisor/satisfaction.xhtml", Map.of("cci", Db.single("SELECT cci_id FROM app.community WHERE id = ?", community)
                .toString()));
        valid.put("/messages/conversation.xhtml", Map.of("with", Long.toString(other.id())));
        valid.put("/person.xhtml", Map.of("id", Long.toString(other.id())));
        valid.put("/admin/person.xhtml", Map.of("id", Long.toString(other.id())));
        valid.put("/login.xhtml", Map.of("locked", "true"));
        valid.put("/reset-password.xhtml", Map.of("token", "x"));
        valid.put("/rights-confirm.xhtml", Map.of("token", "x"));
        valid.put("/space.xhtml", Map.of("id", id));
        valid.put("/unsubscribe.xhtml", Map.of("t", "x"));
        return new Fixture(web, valid);
    }
}
