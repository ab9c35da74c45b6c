package fr.ccibusiness.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zones of a session's tables, as an organiser writes them: {@code "Hall A: 1-20; Hall B: 21-40"},
 * each a name and a range of table numbers, ranges within the tables and never overlapping. Tables
 * outside every range simply have no zone.
 */
public record TableZones(List<Zone> zones) {

    public static final int TEXT_MAX = 500;
    private static final Pattern ZONE = Pattern.compile("\\s*([^:;]{1,60}?)\\s*:\\s*(\\d{1,4})\\s*-\\s*(\\d{1,4})\\s*");

    public record Zone(String name, int first, int last) {
    }

    public TableZones {
        zones = List.copyOf(zones);
    }

    /** The zones the text describes, for a session of {@code tables} tables; refused with the field's key otherwise. */
    public static TableZones parse(String text, int tables) {
        String written = text == null ? "" : text.strip();
        if (written.length() > TEXT_MAX) {
            throw new InvalidMeetingException("meeting.zones.invalid");
        }
        List<Zone> zones = new ArrayList<>();
        if (!written.isEmpty()) {
            for (String part : written.split(";")) {
                Matcher zone = ZONE.matcher(part);
                if (!zone.matches()) {
                    throw new InvalidMeetingException("meeting.zones.invalid");
                }
                int first = Integer.parseInt(zone.group(2));
                int last = Integer.parseInt(zone.group(3));
                if (first < 1 || last < first || last > tables
                        || zones.stream().anyMatch(z -> first <= z.last() && z.first() <= last)) {
                    throw new InvalidMeetingException("meeting.zones.invalid");
                }
                zones.add(new Zone(zone.group(1).strip(), first, last));
            }
        }
        return new TableZones(zones);
    }

    /** The zone of table {@code table} (numbered from 1), if it has one. */
    public Optional<String> of(int table) {
        return zones.stream().filter(z -> table >= z.first() && table <= z.last()).map(Zone::name).findFirst();
    }

    /** The table as the floor shows it: its number, and its zone when it has one. */
    public String label(int table) {
        return of(table).map(zone -> table + " (" + zone + ")").orElse(Integer.toString(table));
    }

    /** The zones written back in the organiser's form. */
    public String text() {
        return String.join("; ", zones.stream().map(z -> z.name() + ": " + z.first() + "-" + z.last()).toList());
    }
}
