package fr.ccibusiness.community;

import fr.ccibusiness.directory.DirectoryChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The list of communities, shown on every directory and catalogue page, kept in memory: it changes
 * when an administrator creates a community (which empties it) and is read again after a minute anyway.
 */
@ApplicationScoped
public class CommunityCatalogue {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

    private record Snapshot(List<Community> communities, Instant expires) {
    }

    private volatile Snapshot snapshot;

    @Inject
    private Clock clock;

    List<Community> get(Supplier<List<Community>> load) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || !current.expires().isAfter(now)) {
            current = new Snapshot(List.copyOf(load.get()), now.plus(TIME_TO_LIVE));
            snapshot = current;
        }
        return current.communities();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        snapshot = null;
    }
}
