package fr.ccibusiness.directory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded memory of recent answers, each kept until it expires: when full, the entry used least
 * recently goes first, so the searches people repeat stay while one-off ones make room.
 */
final class RecentEntries<V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<String, Entry<V>> entries;
    /** Moves on at each clear: an answer computed before a clear is not kept after it. */
    private long generation;

    RecentEntries(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(String key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(now)) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** An answer that never expires (the same question always has it), if it is still kept. */
    Optional<V> get(String key) {
        return get(key, Instant.MIN);
    }

    /** Keeps an answer that never expires, until it is the least recently used of too many. */
    synchronized void put(String key, V value) {
        entries.put(key, new Entry<>(value, Instant.MAX));
    }

    /** To read before computing an answer, and give back to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps an answer, unless the entries were cleared since {@code generation} was read (it may be stale). */
    synchronized void put(String key, V value, Instant expires, long generation) {
        if (generation == this.generation) {
            entries.put(key, new Entry<>(value, expires));
        }
    }

    synchronized void clear() {
        entries.clear();
        generation++;
    }
}
