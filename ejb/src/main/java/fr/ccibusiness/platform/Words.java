package fr.ccibusiness.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Matching what a person typed against short texts in memory (a list of participants, of registrants): accents and case aside. */
public final class Words {

    private Words() {
    }

    /** The text without accents, in lower case, trimmed. */
    public static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** The SQL {@code LIKE} pattern of texts containing {@code typed} (lower case), its own wildcards and backslashes taken literally. */
    public static String likeContaining(String typed) {
        return "%" + literalForLike(typed.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code text} with the characters {@code LIKE} reads as wildcards escaped. */
    public static String literalForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Whether {@code text} holds each word of {@code typed} (everything when nothing was typed). */
    public static boolean holdsEach(String text, String typed) {
        String folded = fold(text);
        String words = fold(typed);
        return words.isEmpty() || Arrays.stream(words.split("\\s+")).allMatch(folded::contains);
    }
}
