package fr.ccibusiness.web.support;

import java.util.Arrays;
import java.util.List;

/** Tags typed in one field, separated by commas or semicolons ("ISO 9001, EN 9100"). */
public final class TagList {

    private TagList() {
    }

    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }
}
