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

    /** Whether {@code text} holds each word of {@code typed} (everything when nothing was typed). */
    public static boolean holdsEach(String text, String typed) {
        String folded = fold(text);
        String words = fold(typed);
        return words.isEmpty() || Arrays.stream(words.split("\\s+")).allMatch(folded::contains);
    }
}
