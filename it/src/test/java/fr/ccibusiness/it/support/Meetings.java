package fr.ccibusiness.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Meeting sessions set up for the tests: the session through its organiser's page, crowds of participants straight in the database. */
public final class Meetings {

    private Meetings() {
    }

    /**
     * Opens the session of {@code event} (which starts {@code inDays} days ahead) through the organiser's
     * form: one day of {@code slots} slots of 15 minutes from 08:00, {@code tables} tables, requests
     * open until the day before; then {@code overrides}.
     */
    public static void open(WebClient organiser, long event, int inDays, int slots, int tables, int buyerMax, int supplierMax,
                            Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of("session:firstDay",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(inDays).toString(), "session:days", "1",
                "session:dayStart", "08:00", "session:slotsPerDay", Integer.toString(slots), "session:slotMinutes", "15",
                "session:breakMinutes", "5", "session:tables", Integer.toString(tables), "session:requestsCloseAt",
                LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(inDays - 1L).withHour(12).withMinute(0)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
                "session:buyerMax", Integer.toString(buyerMax), "session:supplierMax", Integer.toString(supplierMax)));
        fields.putAll(overrides);
        Page saved = organiser.submit(organiser.get("/organiser/meetings.xhtml?event=" + event), "session", fields, "session:save");
        assertTrue(saved.globalMessages().contains("La session de rendez-vous est enregistrée"), saved.mainText());
    }

    public static long sessionOf(long event) {
        return ((Number) Db.single("SELECT id FROM app.meeting_session WHERE event_id = ?", event)).longValue();
    }

    /** {@code count} participants of {@code kind} written straight to the database (registered, confirmed); their ids. */
    public static List<Long> crowd(long community, long event, String kind, int count) {
        String prefix = "crowd-" + UUID.randomUUID().toString().substring(0, 8);
        Db.subscribers(community, prefix, count, "fr");
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            long account = Db.accountId(prefix + "-" + n + "@example.org");
            ids.add(participant(event, account, kind, ""));
        }
        return ids;
    }

    /** The account as a participant of the event's session (its place confirmed first); the participant's id. */
    public static long participant(long event, long account, String kind, String unavailable) {
        Db.update("INSERT INTO app.event_registration (event_id, account_id, status, registered_at, confirmed_at)"
                + " VALUES (?, ?, 'CONFIRMED', now(), now()) ON CONFLICT DO NOTHING", event, account);
        return ((Number) Db.single("INSERT INTO app.meeting_participant (session_id, account_id, kind, offer, unavailable_slots,"
                + " joined_at) VALUES (?, ?, ?, 'Usinage', ?, now()) RETURNING id", sessionOf(event), account, kind, unavailable))
                .longValue();
    }

    /** An accepted request between two participants, written straight to the database; its id. */
    public static long accepted(long event, long from, long to, boolean mustMeet) {
        return ((Number) Db.single("INSERT INTO app.meeting_request (session_id, from_id, to_id, reason, must_meet, status,"
                + " created_at, decided_at) VALUES (?, ?, ?, 'Rencontre', ?, 'ACCEPTED', now(), now()) RETURNING id",
                sessionOf(event), from, to, mustMeet)).longValue();
    }

    /** Runs the scheduler from the organiser's page; the page. */
    public static Page schedule(WebClient organiser, long event) {
        Page done = organiser.submit(organiser.get("/organiser/meetings.xhtml?event=" + event), "run", Map.of(), "run:schedule");
        assertTrue(done.globalMessages().contains("Planification faite"), done.mainText());
        return done;
    }

    /** Every meeting of the event's session: slot, table, first and second participant. */
    public static List<long[]> meetings(long event) {
        List<long[]> meetings = new ArrayList<>();
        for (Object row : Db.column("SELECT slot || ',' || table_no || ',' || COALESCE(first_id, 0) || ',' || COALESCE(second_id, 0)"
                + " FROM app.meeting WHERE session_id = ? ORDER BY slot, table_no", sessionOf(event))) {
            String[] parts = row.toString().split(",");
            meetings.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])});
        }
        return meetings;
    }
}
