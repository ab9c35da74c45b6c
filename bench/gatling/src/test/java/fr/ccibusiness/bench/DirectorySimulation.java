package fr.ccibusiness.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The directory search ({@code -Dscenario=directory}) or the smallest Faces page, status.xhtml
 * ({@code -Dscenario=minimal}), at N concurrent users; bench/directory-benchmark.sh runs both on the
 * same server and compares their throughputs.
 */
public class DirectorySimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 60));

    /** Searches people make: words without accents, plurals, filters, later pages. */
    private static final List<String> SEARCHES = List.of(
            "q=mecanique", "q=usinage+precision", "q=transports", "q=menuiserie+bois&department=14",
            "q=logiciels", "q=chaudronnerie&department=76", "department=50&naf=25", "q=conseil&sort=NAME",
            "q=electricite+automatismes", "certification=ISO+9001&department=27", "q=laitiers", "naf=49.41A",
            "q=maintenance+industrielle&page=2", "q=Lefevre", "q=negoce+materiaux", "department=61&sort=NAME&page=3");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("fr").shareConnections();

    private final Iterator<Map<String, Object>> searches = Stream
            .generate(() -> Map.<String, Object>of("search", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
            .iterator();

    private final ScenarioBuilder directory = scenario("directory").exec(during(LENGTH).on(
            feed(searches).exec(http("directory search").get("/directory.xhtml?#{search}")
                    .check(status().is(200), substring("results-title")))));

    private final ScenarioBuilder minimal = scenario("minimal").exec(during(LENGTH).on(
            exec(http("minimal Faces page").get(System.getProperty("path", "/status.xhtml")).check(status().is(200)))));

    {
        ScenarioBuilder chosen = "minimal".equals(System.getProperty("scenario")) ? minimal : directory;
        setUp(chosen.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
