package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may open each page, as one table, checked against the server for a visitor and for a person of
 * each role. Every page of the web module's sources needs its row: a page added without one fails this
 * test. A page refused to someone signed in answers as a missing one; to a visitor, the sign-in page.
 * Pages that take parameters (an id) are opened without them: the refusal must come before any lookup,
 * and their allowed side is opened with valid values by {@code BadParametersIT}.
 */
class PageAccessIT extends PlatformIT {

    private static final Path PAGES = Path.of("..", "web", "src", "main", "webapp");
    private static final String VISITOR = "visitor";
    private static final String SIGNED_IN = "signed-in";
    private static final List<String> ROLES = List.of("member", "animator", "buyer", "cci-staff", "admin", "dpo");

    /** Page → who may open it: a visitor (anyone), anyone signed in, or the roles named. */
    private static final Map<String, Set<String>> WHO = new TreeMap<>();

    static {
        for (String page : List.of("/index.xhtml", "/directory.xhtml", "/company.xhtml", "/communities.xhtml", "/community.xhtml",
                "/privacy.xhtml", "/legal.xhtml", "/contact.xhtml", "/cookies.xhtml", "/rights.xhtml", "/rights-confirm.xhtml",
                "/register.xhtml", "/login.xhtml", "/forgot-password.xhtml", "/reset-password.xhtml", "/confirm-email.xhtml",
                "/resend-verification.xhtml", "/unsubscribe.xhtml", "/status.xhtml", "/consultations.xhtml", "/consultation.xhtml",
                "/events.xhtml", "/event.xhtml", "/services.xhtml", "/service.xhtml")) {
            WHO.put(page, Set.of(VISITOR));
        }
        for (String page : List.of("/account/communities.xhtml", "/account/companies.xhtml", "/account/company.xhtml",
                "/account/consent.xhtml", "/account/data.xhtml", "/account/delete.xhtml", "/account/email.xhtml",
                "/account/index.xhtml", "/account/password.xhtml", "/account/profile.xhtml", "/account/sharing.xhtml",
                "/person.xhtml", "/network/index.xhtml", "/messages/index.xhtml", "/messages/conversation.xhtml", "/space.xhtml",
                "/meetings/session.xhtml", "/meetings/agenda.xhtml", "/support/requests.xhtml", "/support/request.xhtml")) {
            WHO.put(page, Set.of(SIGNED_IN));
        }
        for (String page : List.of("/animation/community.xhtml", "/animation/index.xhtml", "/animation/moderation.xhtml",
                "/animation/newsletter.xhtml", "/animation/newsletters.xhtml")) {
            WHO.put(page, Set.of("animator", "admin"));
        }
        for (String page : List.of("/admin/audience.xhtml", "/admin/communities.xhtml", "/admin/outbox.xhtml", "/admin/jobs.xhtml")) {
            WHO.put(page, Set.of("admin"));
        }
        for (String page : List.of("/admin/buyers.xhtml", "/admin/people.xhtml", "/admin/person.xhtml")) {
            WHO.put(page, Set.of("admin", "cci-staff"));
        }
        WHO.put("/admin/dashboard.xhtml", Set.of("admin", "cci-staff", "animator"));
        WHO.put("/buyer/consultation.xhtml", Set.of("buyer", "admin"));
        WHO.put("/buyer/consultations.xhtml", Set.of("buyer", "admin"));
        for (String page : List.of("/organiser/event.xhtml", "/organiser/checkin.xhtml", "/organiser/meetings.xhtml")) {
            WHO.put(page, Set.of("animator", "cci-staff", "buyer", "admin"));
        }
        for (String page : List.of("/advisor/queue.xhtml", "/advisor/request.xhtml", "/advisor/catalogue.xhtml",
                "/advisor/satisfaction.xhtml")) {
            WHO.put(page, Set.of("cci-staff", "admin"));
        }
        WHO.put("/dpo/retention.xhtml", Set.of("dpo", "admin"));
        for (String page : List.of("/dpo/requests.xhtml", "/dpo/audit.xhtml", "/dpo/downloads.xhtml")) {
            WHO.put(page, Set.of("dpo"));
        }
    }

    @Test
    void everyPageIsOpenedOnlyByThoseItsRowNames() {
        Map<String, Boolean> pages = pages();
        List<String> problems = new ArrayList<>();
        pages.keySet().stream().filter(page -> !WHO.containsKey(page)).forEach(page -> problems.add(page + ": no row in this test"));
        WHO.keySet().stream().filter(page -> !pages.containsKey(page)).forEach(page -> problems.add(page + ": a row for no page"));

        Map<String, WebClient> people = new LinkedHashMap<>();
        people.put(VISITOR, new WebClient());
        for (String role : ROLES) {
            people.put(role, role.equals("member") ? personSignedIn(confirmed()).web() : withRole(role));
        }
        for (var row : WHO.entrySet()) {
            if (!pages.containsKey(row.getKey())) {
                continue;
            }
            boolean needsParameter = pages.get(row.getKey());
            for (var person : people.entrySet()) {
                boolean allowed = row.getValue().contains(VISITOR)
                        || !person.getKey().equals(VISITOR) && (row.getValue().contains(SIGNED_IN) || row.getValue().contains(person.getKey()));
                Page answer = person.getValue().get(row.getKey());
                String seen = row.getKey() + " as " + person.getKey() + ": " + answer.status() + " «" + answer.h1() + "»";
                boolean signInPage = "Connexion".equals(answer.h1()) && !row.getKey().equals("/login.xhtml");
                boolean notFound = answer.status() == 404 && "Page introuvable".equals(answer.h1());
                if (!allowed && person.getKey().equals(VISITOR) && !signInPage) {
                    problems.add(seen + " (expected the sign-in page)");
                } else if (!allowed && !person.getKey().equals(VISITOR) && !notFound) {
                    problems.add(seen + " (expected the not-found page)");
                } else if (allowed && (signInPage || answer.status() >= 500 || !needsParameter && answer.status() != 200)) {
                    problems.add(seen + " (expected the page)");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(WHO.size() > 50, "the table covers the platform's pages");
    }

    private static String confirmed() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Accès", "Test");
        return email;
    }

    private static WebClient withRole(String role) {
        String email = confirmed();
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", Db.accountId(email), role);
        return personSignedIn(email).web();
    }

    /** Each page outside WEB-INF, and whether it takes view parameters (without them, it may have nothing to show). */
    private static Map<String, Boolean> pages() {
        Map<String, Boolean> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String path = "/" + PAGES.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith("/WEB-INF/")) {
                    String source = Files.readString(file);
                    pages.put(path, source.contains("<f:viewParam"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(pages.size() > 50, "pages found under " + PAGES.toAbsolutePath());
        return pages;
    }
}
