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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Directory pages as a visitor sees them, rendered once and served again for a minute: for someone
 * not signed in, the page depends only on its address and language, holds no form and nothing
 * personal. Emptied with the search results on any committed change to companies or memberships.
 */
@ApplicationScoped
public class DirectoryPageCache {

    private static final int MAX_ENTRIES = 1_000;

    /** A rendered page: its bytes and content type. */
    public record RenderedPage(byte[] body, String contentType, Instant expires) {
    }

    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private Duration timeToLive;

    @PostConstruct
    void configure() {
        timeToLive = Duration.ofSeconds(settings.directoryCacheSeconds());
    }

    public boolean isEnabled() {
        return !timeToLive.isZero();
    }

    public Optional<RenderedPage> get(String key) {
        RenderedPage page = pages.get(key);
        return page != null && page.expires().isAfter(clock.instant()) ? Optional.of(page) : Optional.empty();
    }

    public void put(String key, byte[] body, String contentType) {
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, new RenderedPage(body, contentType, clock.instant().plus(timeToLive)));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompanySearchCache.DirectoryChanged change) {
        pages.clear();
    }
}
