package fr.ccibusiness.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentEntriesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

    @Test
    void whenFullTheLeastRecentlyUsedGoesFirst() {
        RecentEntries<String> entries = new RecentEntries<>(2);
        entries.put("a", "A", NOW.plusSeconds(60), entries.generation());
        entries.put("b", "B", NOW.plusSeconds(60), entries.generation());
        entries.get("a", NOW); // "a" used again: "b" is now the least recent
        entries.put("c", "C", NOW.plusSeconds(60), entries.generation());

        assertEquals(Optional.of("A"), entries.get("a", NOW));
        assertEquals(Optional.empty(), entries.get("b", NOW));
        assertEquals(Optional.of("C"), entries.get("c", NOW));
    }

    @Test
    void anAnswerThatNeverExpiresStaysUntilCrowdedOut() {
        RecentEntries<String> entries = new RecentEntries<>(2);
        entries.put("mécanique", "'mecan'");
        entries.put("bois", "'bois'");
        assertEquals(Optional.of("'mecan'"), entries.get("mécanique"));
        entries.put("usinage", "'usinag'");

        assertEquals(Optional.empty(), entries.get("bois"));
        assertEquals(Optional.of("'mecan'"), entries.get("mécanique"));
    }

    @Test
    void anExpiredEntryIsForgotten() {
        RecentEntries<String> entries = new RecentEntries<>(10);
        entries.put("a", "A", NOW.plusSeconds(60), entries.generation());
        assertEquals(Optional.of("A"), entries.get("a", NOW.plusSeconds(59)));
        assertEquals(Optional.empty(), entries.get("a", NOW.plusSeconds(60)));
        entries.put("b", "B", NOW.plusSeconds(60), entries.generation());
        entries.clear();
        assertEquals(Optional.empty(), entries.get("b", NOW));
    }
}
