package fr.ccibusiness.directory;

import fr.ccibusiness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Recent company searches and their results. Company results are public and the same for everyone,
 * so the same search within a short while is answered from memory instead of ranking thousands of
 * matches again. Any committed change to a company or a membership empties the cache; the time limit
 * covers changes made outside the application.
 */
@ApplicationScoped
public class CompanySearchCache {

    private static final int MAX_ENTRIES = 10_000;

    /** Fired after a change that may alter company search results. */
    public record DirectoryChanged() {
    }

    private final RecentEntries<ResultPage<CompanyHit>> entries = new RecentEntries<>(MAX_ENTRIES);

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private Duration timeToLive;

    @PostConstruct
    void configure() {
        timeToLive = Duration.ofSeconds(settings.directoryCacheSeconds());
    }

    ResultPage<CompanyHit> get(DirectoryQuery query, Supplier<ResultPage<CompanyHit>> search) {
        if (timeToLive.isZero()) {
            return search.get();
        }
        String key = keyOf(query);
        Instant now = clock.instant();
        long generation = entries.generation();
        return entries.get(key, now).orElseGet(() -> {
            ResultPage<CompanyHit> page = search.get();
            entries.put(key, page, now.plus(timeToLive), generation);
            return page;
        });
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        entries.clear();
    }

    private static String keyOf(DirectoryQuery query) {
        return String.join("\u0001", String.valueOf(query.getText()).toLowerCase(), String.valueOf(query.getCommunityId()),
                String.valueOf(query.getDepartmentCode()), String.valueOf(query.getCommuneCode()),
                String.valueOf(query.getNafCode()).toUpperCase(), String.valueOf(query.getCertification()).toLowerCase(),
                query.getSort().name(), String.valueOf(query.getPage()));
    }
}
