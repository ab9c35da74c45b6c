package fr.ccibusiness.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordQueryTest {

    /** Companies 0–5 and the stems each holds. */
    private static final Map<String, int[]> POSTINGS = Map.of(
            "mecan", new int[] {0, 1, 2},
            "precis", new int[] {1, 2, 3},
            "bois", new int[] {2, 4},
            "l'usin", new int[] {5},
            "back\\slash", new int[] {3});

    private static final BitSet ALL = bits(0, 1, 2, 3, 4, 5);

    @Test
    void wordsAreCombinedAsPostgreSqlWritesThem() {
        assertEquals(bits(1, 2), matches("'mecan' & 'precis'"));
        assertEquals(bits(1), matches("'mecan' & 'precis' & !'bois'"));
        assertEquals(bits(0, 1, 2, 4), matches("'mecan' | 'bois'"));
        assertEquals(bits(2, 3), matches("'precis' & ( 'bois' | !'mecan' )"));
        assertEquals(bits(0, 1, 3, 5), matches("!'bois'"), "a word excluded alone leaves all the others");
        assertEquals(bits(), matches("'inconnu'"));
        assertEquals(bits(5), matches("'l''usin'"), "a quote doubled inside a stem");
        assertEquals(bits(3), matches("'back\\\\slash'"), "a backslash escaped inside a stem");
    }

    @Test
    void stopWordsOnlyMatchNothing() {
        assertEquals(bits(), matches(""));
    }

    @Test
    void phrasesAreLeftToTheDatabase() {
        assertEquals(Optional.empty(), WordQuery.parse("'bureau' <-> 'etud'"));
        assertEquals(Optional.empty(), WordQuery.parse("'saint-lo' <-> 'saint' <-> 'lo'"));
        assertEquals(Optional.empty(), WordQuery.parse("'mecan':*"));
        assertEquals(Optional.empty(), WordQuery.parse("( 'mecan'"));
        assertTrue(WordQuery.parse("'mecan'").isPresent());
    }

    private static BitSet matches(String tsquery) {
        return WordQuery.parse(tsquery).orElseThrow()
                .matches((stem, into) -> IntStream.of(POSTINGS.getOrDefault(stem, new int[0])).forEach(into::set), ALL);
    }

    private static BitSet bits(int... ordinals) {
        BitSet bits = new BitSet();
        IntStream.of(ordinals).forEach(bits::set);
        return bits;
    }
}
