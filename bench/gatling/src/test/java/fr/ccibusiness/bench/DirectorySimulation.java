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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The directory under a long tail of searches ({@code -Dscenario=directory}), or the smallest Faces page,
 * status.xhtml ({@code -Dscenario=minimal}), at N concurrent users; bench/directory-benchmark.sh runs
 * both on the same server and compares their throughputs. The searches are read from a file of
 * distinct query strings ({@code -Dqueries=}, one per line) generated from the data's words, each
 * used once: prefixes, typos, two words, filters, later pages and the name order.
 */
public class DirectorySimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final String SCENARIO = System.getProperty("scenario", "directory");
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private static final Path QUERIES = Path.of(System.getProperty("queries", "target/longtail.txt"));

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong used = new AtomicLong();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("fr")
            .acceptEncodingHeader("gzip, deflate, br").shareConnections(); // as browsers ask

    private final Iterator<Map<String, Object>> searches = searches();

    private Iterator<Map<String, Object>> searches() {
        if (!"directory".equals(SCENARIO)) {
            return List.<Map<String, Object>>of().iterator();
        }
        try {
            Iterator<String> lines = Files.readAllLines(QUERIES).iterator();
            return new Iterator<>() {
                @Override
                public synchronized boolean hasNext() {
                    return lines.hasNext();
                }

                @Override
                public synchronized Map<String, Object> next() {
                    used.incrementAndGet();
                    return Map.of("search", lines.next());
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("No queries in " + QUERIES + ": bench/directory-benchmark.sh writes them", e);
        }
    }

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
            System.out.printf("Directory pages from the visitors' cache: %d of %d (%.0f %%); distinct queries used: %d%n",
                    hits.get(), all, 100.0 * hits.get() / all, used.get());
        }
    }

    {
        ScenarioBuilder chosen = "minimal".equals(SCENARIO) ? minimal : directory;
        setUp(chosen.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
