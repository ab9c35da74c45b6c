package fr.ccibusiness.directory;

import fr.ccibusiness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Directory pages as a visitor sees them, rendered once and served again for a minute: for someone
 * not signed in, the page depends only on its address and language, holds no form and nothing
 * personal. Kept gzip-compressed (a tenth of their size, and what browsers take), the most recently
 * used first. Emptied on any committed change to companies, memberships or communities, and again
 * once the directory's index has applied a change.
 */
@ApplicationScoped
public class DirectoryPageCache {

    /** About 5 KB each once compressed: some 50 MB at most. */
    private static final int MAX_ENTRIES = 10_000;

    /** A rendered page: its bytes, gzip-compressed, its content type and the content security policy that holds its scripts' nonce. */
    public record RenderedPage(byte[] gzipped, String contentType, String contentSecurityPolicy) {
    }

    private final RecentEntries<RenderedPage> pages = new RecentEntries<>(MAX_ENTRIES);

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
        return pages.get(key, clock.instant());
    }

    /** To read before rendering a page, and give back to {@link #put}. */
    public long generation() {
        return pages.generation();
    }

    /** Keeps a page, unless a change emptied the cache while it was rendered. */
    public void put(String key, RenderedPage page, long generation) {
        pages.put(key, page, clock.instant().plus(timeToLive), generation);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        clear();
    }

    /** Forgets every page: what they show changed (a page being rendered meanwhile is not kept). */
    public void clear() {
        pages.clear();
    }
}
