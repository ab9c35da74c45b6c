package fr.ccibusiness.web.people;

import fr.ccibusiness.account.Role;
import fr.ccibusiness.people.PeopleFilter;
import fr.ccibusiness.people.PersonStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people table's filter in the page's address ({@code ?name=…&email=…&company=…&community=…&role=…
 * &status=…&from=2026-01-01&to=…}), so that a filtered list is bookmarkable and exported alike. A value
 * that does not read (a word for a number, an unknown role) is no filter.
 */
final class PeopleParameters {

    static final int TEXT_MAX = 100;

    private PeopleParameters() {
    }

    static PeopleFilter read(Function<String, String> parameter) {
        return new PeopleFilter(text(parameter.apply("name")), text(parameter.apply("email")), text(parameter.apply("company")),
                number(parameter.apply("community")), role(parameter.apply("role")), status(parameter.apply("status")),
                day(parameter.apply("from")), day(parameter.apply("to")));
    }

    /** The query string ("?…", or empty) that gives this filter back. */
    static String write(PeopleFilter filter) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", filter.name());
        values.put("email", filter.email());
        values.put("company", filter.company());
        values.put("community", filter.communityId());
        values.put("role", filter.role() == null ? null : filter.role().name());
        values.put("status", filter.status());
        values.put("from", filter.createdFrom());
        values.put("to", filter.createdTo());
        String query = values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        return clean.length() > TEXT_MAX ? clean.substring(0, TEXT_MAX) : clean;
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Role role(String value) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
    }

    private static PersonStatus status(String value) {
        return Arrays.stream(PersonStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
