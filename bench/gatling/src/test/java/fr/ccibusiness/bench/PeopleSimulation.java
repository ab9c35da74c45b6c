package fr.ccibusiness.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The people console at N concurrent administrators: each signs in once, then, again and again, opens
 * the console with a filter (a part of a name, an address, a company, a state, a role, a registration
 * period, or none: the whole base) and goes through its pages as the table does, by PrimeFaces' ajax
 * requests: a sort (name, address, registration day, either way), then pages further on, some far.
 * Between two clicks an administrator reads the page: 1 to 3 seconds ({@code -Dthink=false}: none, each
 * administrator clicking again as soon as the answer comes, the worst case). The administrators arrive over
 * the first {@code -Darrival} seconds (10; 0: all in the same instant), each then working for the run's length.
 * bench/people-benchmark.sh runs it on the platform with bench/generate-data.sh's 250,000 people.
 */
public class PeopleSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 10);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private static final String EMAIL = System.getProperty("email", "admin@demo.ccibusiness.fr");
    private static final String PASSWORD = System.getProperty("password", "Demo-CCI-Business-2026");
    private static final boolean THINK = !"false".equals(System.getProperty("think"));
    private static final int ARRIVAL = Integer.getInteger("arrival", 10);

    private static final List<String> NAMES = List.of("lef", "martin", "dubois", "camille", "léa", "hugo louis", "moreau",
            "lemaître", "inès", "théo", "gos", "vass", "zoé", "petit", "roux", "fournier", "girard", "jade", "paul", "elise");
    private static final List<String> COMPANIES = List.of("usinage", "transports", "conseil", "menuiserie", "logiciels", "sas",
            "normandie", "atelier", "groupe", "mécanique");
    private static final List<String> SORTS = List.of("name", "email", "createdAt");

    private static String filter(Random random) {
        StringBuilder filter = new StringBuilder("x=1");
        switch (random.nextInt(8)) {
            case 0, 1 -> filter.append("&name=").append(encode(NAMES.get(random.nextInt(NAMES.size()))));
            case 2 -> filter.append("&email=personne").append(1 + random.nextInt(250)).append("");
            case 3 -> filter.append("&company=").append(encode(COMPANIES.get(random.nextInt(COMPANIES.size()))));
            case 4 -> filter.append("&status=").append(random.nextBoolean() ? "ACTIVE" : "LOCKED");
            case 5 -> filter.append("&role=").append(random.nextBoolean() ? "MEMBER" : "ANIMATOR");
            case 6 -> filter.append("&from=").append(java.time.LocalDate.now().minusDays(30 + random.nextInt(600)))
                    .append("&to=").append(java.time.LocalDate.now().minusDays(random.nextInt(30)));
            default -> { } // the whole base
        }
        return filter.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("fr")
            .acceptEncodingHeader("gzip, deflate, br").disableFollowRedirect();

    private final Iterator<Map<String, Object>> views = Stream.generate(() -> {
        Random random = ThreadLocalRandom.current();
        Map<String, Object> view = new HashMap<>();
        view.put("filter", filter(random));
        view.put("sortKey", "people:table:" + SORTS.get(random.nextInt(SORTS.size())));
        view.put("sortDir", random.nextBoolean() ? "1" : "-1");
        return view;
    }).iterator();

    private final ChainBuilder signIn = exec(http("sign-in page").get("/login.xhtml")
            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("sign in").post("/login.xhtml")
                    .formParam("login", "login").formParam("login:email", EMAIL).formParam("login:password", PASSWORD)
                    .formParam("login:submit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302)));

    /** One ajax request of the lazy table: a page ({@code first}), under the sort chosen. */
    private static ChainBuilder ajax(String name, Map<String, String> extra) {
        var request = http(name).post("/admin/people.xhtml")
                .header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "people:table")
                .formParam("jakarta.faces.partial.execute", "people:table")
                .formParam("jakarta.faces.partial.render", "people:table")
                .formParam("people:table_skipChildren", "true")
                .formParam("people:table_encodeFeature", "true")
                .formParam("people", "people")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam("jakarta.faces.ViewState", "#{viewState}");
        for (var parameter : extra.entrySet()) {
            request = request.formParam(parameter.getKey(), parameter.getValue());
        }
        return exec(request.check(status().is(200), substring("partial-response"))).exec(think());
    }

    /** The time an administrator takes to read the page before the next click. */
    private static ChainBuilder think() {
        return THINK ? exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                : exec(session -> session);
    }

    private final ScenarioBuilder people = scenario("people").exec(signIn).exec(during(LENGTH).on(
            feed(views)
                    .exec(http("people: first page").get("/admin/people.xhtml?#{filter}")
                            .check(status().is(200), substring("people:table"),
                                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                    header("Content-Security-Policy").transform(p -> p.replaceAll(".*'nonce-([^']+)'.*", "$1"))
                                            .saveAs("nonce"),
                                    regex("(\\d[\\d\\u202f ]*) personne\\(s\\)").optional().saveAs("total")))
                    .exec(think())
                    .exec(ajax("people: sort", Map.of("people:table_sorting", "true", "people:table_sortKey", "#{sortKey}",
                            "people:table_sortDir", "#{sortDir}")))
                    .exec(repeat(4).on(exec(session -> {
                        long total = session.contains("total") ? Long.parseLong(session.getString("total").replaceAll("\\D", "")) : 25;
                        long pages = Math.max(1, (total + 24) / 25);
                        // Mostly the next pages, sometimes far into the list (a page number clicked, the last page).
                        long page = ThreadLocalRandom.current().nextInt(4) == 0 ? ThreadLocalRandom.current().nextLong(pages)
                                : Math.min(pages - 1, ThreadLocalRandom.current().nextLong(1, 6));
                        return session.set("first", Long.toString(page * 25));
                    }).exec(ajax("people: another page", Map.of("jakarta.faces.behavior.event", "page",
                            "jakarta.faces.partial.event", "page", "people:table_pagination", "true",
                            "people:table_first", "#{first}", "people:table_rows", "25")))))));

    {
        setUp(people.injectOpen(ARRIVAL > 0 ? rampUsers(USERS).during(Duration.ofSeconds(ARRIVAL)) : atOnceUsers(USERS)))
                .protocols(protocol);
    }
}
