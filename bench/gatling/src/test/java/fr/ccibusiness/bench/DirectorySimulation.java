package fr.ccibusiness.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The directory search ({@code -Dscenario=directory}) or the smallest Faces page, status.xhtml
 * ({@code -Dscenario=minimal}), at N concurrent users; bench/directory-benchmark.sh runs both on the
 * same server and compares their throughputs.
 */
public class DirectorySimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final String SCENARIO = System.getProperty("scenario", "directory");
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 60));

    /**
     * Words people type, most asked first: kinds of business, family and place names, activities,
     * with and without accents, singular and plural; a hyphenated one is a phrase, searched by the
     * database. A search takes one or two of them, the first ones far more often (as real searches
     * repeat), sometimes a department, a later page or the name order; one search in ten uses
     * filters only.
     */
    private static final List<String> WORDS = List.of(
            "mecanique", "transports", "usinage", "conseil", "menuiserie", "logiciels", "maintenance", "electricite",
            "chaudronnerie", "precision", "automatismes", "laitiers", "negoce", "materiaux", "boulangerie", "imprimerie",
            "plomberie", "fonderie", "garage", "laboratoires", "bureau+d'etudes", "solutions", "agence", "ateliers",
            "industrielle", "aeronautique", "structures+metalliques", "applications+web", "marchandises", "aluminium",
            "ingenierie", "depannage", "Lefevre", "Martin", "Dubois", "Leroy", "Moreau", "Lemoine", "Hebert", "Lecomte",
            "Duval", "Laurent", "Lebrun", "Gosselin", "Vasseur", "Lemaitre", "Guerin", "Normandie", "Cotentin", "Bocage",
            "Mécanique", "Électricité", "Établissements", "Société", "Groupe", "transport", "logiciel", "menuiseries",
            "Saint-Lo");
    private static final List<String> DEPARTMENTS = List.of("14", "27", "50", "61", "76");
    private static final List<String> FILTERS = List.of("naf=25", "naf=49.41A", "naf=62", "certification=ISO+9001",
            "certification=EN+9100", "certification=MASE");

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private static String search(Random random) {
        StringBuilder search = new StringBuilder();
        if (random.nextInt(10) == 0) {
            search.append(FILTERS.get(random.nextInt(FILTERS.size())));
        } else {
            search.append("q=").append(word(random));
            if (random.nextInt(4) == 0) {
                search.append('+').append(word(random));
            }
        }
        if (random.nextInt(5) < 2) {
            search.append("&department=").append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())));
        }
        if (random.nextInt(7) == 0) {
            search.append("&sort=NAME");
        }
        int page = random.nextInt(10);
        if (page >= 7) {
            search.append("&page=").append(page - 6);
        }
        return search.toString();
    }

    /** A word, the first of the list far more often than the last (a squared uniform draw). */
    private static String word(Random random) {
        double draw = random.nextDouble();
        return WORDS.get((int) (draw * draw * WORDS.size()));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("fr")
            .acceptEncodingHeader("gzip, deflate, br").shareConnections(); // as browsers ask

    private final Iterator<Map<String, Object>> searches = Stream
            .generate(() -> Map.<String, Object>of("search", search(ThreadLocalRandom.current())))
            .iterator();

    private final ScenarioBuilder directory = scenario("directory").exec(during(LENGTH).on(
            feed(searches).exec(http("directory search").get("/directory.xhtml?#{search}")
                    .check(status().is(200), substring("results-title"), header("X-Cache").optional().saveAs("cache")))
                    .exec(session -> {
                        (session.contains("cache") && "HIT".equals(session.getString("cache")) ? hits : misses).incrementAndGet();
                        return session.remove("cache");
                    })));

    private final ScenarioBuilder minimal = scenario("minimal").exec(during(LENGTH).on(
            exec(http("minimal Faces page").get(System.getProperty("path", "/status.xhtml")).check(status().is(200)))));

    @Override
    public void after() {
        long all = hits.get() + misses.get();
        if (all > 0 && "directory".equals(SCENARIO)) {
            System.out.printf("Directory pages from the visitors' cache: %d of %d (%.0f %%)%n", hits.get(), all, 100.0 * hits.get() / all);
        }
    }

    {
        ScenarioBuilder chosen = "minimal".equals(SCENARIO) ? minimal : directory;
        setUp(chosen.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
