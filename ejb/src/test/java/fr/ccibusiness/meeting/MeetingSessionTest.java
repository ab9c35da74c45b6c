package fr.ccibusiness.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityKind;
import fr.ccibusiness.community.JoinPolicy;
import fr.ccibusiness.event.Event;
import fr.ccibusiness.event.EventForm;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session's slots, computed in one place, and the rules its form keeps. */
class MeetingSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Test
    void slotsFollowOneAnotherWithTheirBreakAndTheLunchGapDayAfterDay() {
        MeetingSession session = new MeetingSession(event(2), form(f -> {
            f.setDays(2);
            f.setLunchAfterSlot(4);
            f.setLunchMinutes(60);
        }), false, NOW);
        assertEquals(2 * 8, session.slots());
        assertEquals(paris(DAY, 9, 0), session.slotStart(0));
        assertEquals(paris(DAY, 9, 20), session.slotEnd(0));
        assertEquals(paris(DAY, 9, 25), session.slotStart(1));
        assertEquals(paris(DAY, 10, 15), session.slotStart(3));
        assertEquals(paris(DAY, 11, 40), session.slotStart(4), "the lunch hour after the fourth slot");
        assertEquals(paris(DAY.plusDays(1), 9, 0), session.slotStart(8), "the second day starts afresh");
        assertEquals(1, session.day(8));
    }

    @Test
    void theFormIsCheckedAndTheStructureStaysOnceScheduled() {
        assertEquals("meeting.requestsCloseAt.afterStart", refused(f -> f.setRequestsCloseAt(LocalDateTime.of(DAY, LocalTime.of(9, 30)))));
        assertEquals("meeting.firstDay.outsideEvent", refused(f -> f.setFirstDay(DAY.plusDays(1))));
        assertEquals("meeting.lunchAfterSlot.range", refused(f -> f.setLunchAfterSlot(8)));
        assertEquals("meeting.supplierMin.aboveMax", refused(f -> f.setSupplierMin(5)));
        assertEquals("meeting.tables.range", refused(f -> f.setTables(0)));
        MeetingSession session = new MeetingSession(event(1), form(f -> { }), false, NOW);
        SessionForm more = session.toForm();
        more.setTables(12);
        session.configure(more, false, NOW);
        assertEquals(12, session.getTables());
        SessionForm again = session.toForm();
        again.setSlotsPerDay(6);
        again.setBuyerMax(6);
        setId(session);
        assertEquals("meeting.state.structureScheduled", assertThrows(InvalidMeetingException.class,
                () -> session.configure(again, true, NOW)).messageKey());
        SessionForm limits = session.toForm();
        limits.setSupplierMax(2);
        session.configure(limits, true, NOW);
        assertEquals(2, session.maxMeetings(ParticipantKind.SUPPLIER), "limits may still change");
    }

    @Test
    void tablesMayBeGroupedInZonesThatNeverOverlapNorOverflow() {
        TableZones zones = TableZones.parse(" Hall A : 1-4 ;Hall B: 5-8 ", 10);
        assertEquals("Hall A: 1-4; Hall B: 5-8", zones.text());
        assertEquals("3 (Hall A)", zones.label(3));
        assertEquals("9", zones.label(9), "a table outside every zone is just its number");
        for (String bad : List.of("Hall A: 1-4; Hall B: 4-8", "Hall A: 0-4", "Hall A: 5-11", "Hall A 1-4", "Hall A: 4-1")) {
            assertEquals("meeting.zones.invalid", assertThrows(InvalidMeetingException.class, () -> TableZones.parse(bad, 10))
                    .messageKey(), bad);
        }
        assertEquals("zones", new InvalidMeetingException("meeting.zones.invalid").field());
    }

    @Test
    void theSessionSaysWhoMaySendARequestToWhom() {
        MeetingSession receive = new MeetingSession(event(1), form(f -> f.setBuyerRequests(BuyerRequests.RECEIVE)), false, NOW);
        assertFalse(receive.maySend(ParticipantKind.BUYER, ParticipantKind.SUPPLIER));
        assertTrue(receive.maySend(ParticipantKind.SUPPLIER, ParticipantKind.BUYER));
        MeetingSession send = new MeetingSession(event(1), form(f -> f.setBuyerRequests(BuyerRequests.SEND)), false, NOW);
        assertTrue(send.maySend(ParticipantKind.BUYER, ParticipantKind.SUPPLIER));
        assertFalse(send.maySend(ParticipantKind.SUPPLIER, ParticipantKind.BUYER));
        assertTrue(send.maySend(ParticipantKind.SUPPLIER, ParticipantKind.SUPPLIER), "suppliers meet each other whatever buyers do");
    }

    private static String refused(java.util.function.Consumer<SessionForm> change) {
        return assertThrows(InvalidMeetingException.class, () -> new MeetingSession(event(1), form(change), false, NOW)).messageKey();
    }

    private static SessionForm form(java.util.function.Consumer<SessionForm> change) {
        SessionForm form = new SessionForm();
        form.setFirstDay(DAY);
        form.setDayStart(LocalTime.of(9, 0));
        form.setSlotsPerDay(8);
        form.setSlotMinutes(20);
        form.setBreakMinutes(5);
        form.setTables(10);
        form.setRequestsCloseAt(LocalDateTime.of(DAY.minusDays(2), LocalTime.NOON));
        form.setBuyerMax(8);
        form.setSupplierMax(4);
        change.accept(form);
        return form;
    }

    /** An event over {@code days} days from DAY, made through the event package's own factory. */
    private static Event event(int days) {
        Community community = new Community(new Cci("caen", "CCI Caen Normandie", "Caen", false), CommunityKind.SECTOR, "Aéronautique",
                "La filière.", JoinPolicy.OPEN, null, Set.of(), NOW);
        EventForm form = new EventForm();
        form.setTitle("Convention");
        form.setDescription("Rendez-vous d’affaires.");
        form.setStart(LocalDateTime.of(DAY, LocalTime.of(8, 0)));
        form.setEnd(LocalDateTime.of(DAY.plusDays(days - 1L), LocalTime.of(18, 0)));
        form.setPlace("Caen");
        form.setCapacity(500);
        try {
            Method factory = Event.class.getDeclaredMethod("ofCommunity", Community.class, fr.ccibusiness.account.Account.class,
                    EventForm.class, java.util.Collection.class, String.class, Instant.class);
            factory.setAccessible(true);
            return (Event) factory.invoke(null, community, null, form, List.of(community), "test", NOW);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setId(MeetingSession session) {
        try {
            var id = MeetingSession.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(session, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant paris(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(MeetingSession.PARIS).toInstant();
    }
}
