package fr.ccibusiness.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events created through their organiser's page, and what the tests read of them. */
public final class Events {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern ICS_LINE = Pattern.compile("(?m)^([A-Z-]+)(?:;[^:\\r\\n]*)?:(.*)\\r?$");

    private Events() {
    }

    /** An event of {@code community} published through the form (valid values, then {@code overrides}); its id. */
    public static long create(WebClient organiser, long community, Map<String, String> overrides) {
        Page created = organiser.submit(organiser.get("/organiser/event.xhtml"), "event", fields(community, overrides), "event:save");
        assertTrue(created.globalMessages().contains("L’événement est publié"), created.mainText());
        return Long.parseLong(created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    public static Map<String, String> fields(long community, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of("event:host", "c:" + community,
                "event:title", "Matinale des fournisseurs",
                "event:description", "Petit-déjeuner d’échanges.",
                "event:start", at(10, 8), "event:end", at(10, 10),
                "event:place", "CCI Caen Normandie, Saint-Contest",
                "event:capacity", "20",
                "event:communities", Long.toString(community)));
        fields.putAll(overrides);
        return fields;
    }

    /** {@code days} from now at {@code hour}:00, Paris time, as the browser's date-time field sends it. */
    public static String at(int days, int hour) {
        return LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(days).withHour(hour).withMinute(0).format(LOCAL);
    }

    /** Where the account stands for the event, as the database says (null when not registered). */
    public static String status(long event, long account) {
        return (String) Db.single("SELECT status FROM app.event_registration WHERE event_id = ? AND account_id = ?", event, account);
    }

    /** Registers the person through the event's page; returns the answer. */
    public static Page register(WebClient web, long event) {
        return web.submit(web.get("/event.xhtml?id=" + event), "registration", Map.of(), "registration:register");
    }

    /** The value of a property of an iCalendar object (the first occurrence), unfolded. */
    public static String property(String calendar, String name) {
        Matcher line = ICS_LINE.matcher(calendar.replace("\r\n ", "").replace("\n ", ""));
        while (line.find()) {
            if (line.group(1).equals(name)) {
                return line.group(2);
            }
        }
        return null;
    }
}
