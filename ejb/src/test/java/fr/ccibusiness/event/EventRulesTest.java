package fr.ccibusiness.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityKind;
import fr.ccibusiness.community.JoinPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an event and a registration keep by themselves, whatever calls them. */
class EventRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Community COMMUNITY = new Community(new Cci("caen", "CCI Caen Normandie", "Caen", false),
            CommunityKind.SECTOR, "Aéronautique", "La filière.", JoinPolicy.OPEN, null, Set.of(), NOW);

    @Test
    void theFormIsRefusedFieldByFieldWithTheKeyOfItsField() {
        assertEquals("event.title.required", refused(f -> f.setTitle(" ")));
        assertEquals("event.start.past", refused(f -> f.setStart(LocalDateTime.of(2026, 11, 30, 9, 0))));
        assertEquals("event.end.beforeStart", refused(f -> f.setEnd(f.getStart().minusMinutes(1))));
        assertEquals("event.place.required", refused(f -> f.setPlace("")));
        assertEquals("event.onlineLink.invalid", refused(f -> f.setOnlineLink("javascript:alert(1)")));
        assertEquals("event.capacity.range", refused(f -> f.setCapacity(0)));
        assertEquals("event.registrationDeadline.afterStart", refused(f -> f.setRegistrationDeadline(f.getStart().plusHours(1))));
        assertEquals("event.communities.required", assertThrows(InvalidEventException.class,
                () -> Event.ofCommunity(COMMUNITY, null, form(), List.of(), "test", NOW)).messageKey());
        assertEquals("title", new InvalidEventException("event.title.required").field());
        assertEquals("state", new InvalidEventException("event.state.cancelled").field());
    }

    @Test
    void onlyWhatACalendarShowsRaisesTheSequenceAndTheUidNeverChanges() {
        Event event = event(20);
        String uid = event.getCalendarUid();
        EventForm described = event.toForm();
        described.setDescription("Autre description.");
        assertFalse(event.describe(described, List.of(COMMUNITY), NOW), "a new description does not move a calendar entry");
        assertEquals(0, event.getCalendarSequence());
        EventForm moved = event.toForm();
        moved.setStart(moved.getStart().plusHours(1));
        moved.setEnd(moved.getEnd().plusHours(1));
        assertTrue(event.describe(moved, List.of(COMMUNITY), NOW));
        assertEquals(1, event.getCalendarSequence());
        event.cancel("Salle indisponible", NOW);
        assertEquals(2, event.getCalendarSequence());
        assertEquals(uid, event.getCalendarUid());
        assertEquals("event.state.cancelled", assertThrows(InvalidEventException.class,
                () -> event.describe(moved, List.of(COMMUNITY), NOW)).messageKey());
        String calendar = EventCalendar.forAttendee(event, "https://example.org/event", "no-reply@example.org", "Camille Lefèvre",
                "camille@example.org", true, NOW);
        assertTrue(calendar.contains("METHOD:CANCEL"), calendar);
        assertTrue(calendar.contains("UID:" + uid), calendar);
        assertTrue(calendar.contains("SEQUENCE:2"), calendar);
    }

    @Test
    void anOfferLastsFortyEightHoursNeverPastTheStartAndOnlyWhileItRuns() {
        Event soon = event(20);
        Registration waiting = new Registration(soon, account());
        waiting.register(false, NOW);
        assertEquals(RegistrationStatus.WAITING, waiting.getStatus());
        waiting.offer(NOW);
        assertEquals(NOW.plus(Duration.ofHours(48)), waiting.getOfferExpiresAt());
        assertEquals("event.state.noOffer", assertThrows(InvalidEventException.class,
                () -> waiting.confirm(NOW.plus(Duration.ofHours(48)))).messageKey(), "not a minute past its end");
        waiting.confirm(NOW.plus(Duration.ofHours(47)));
        assertEquals(RegistrationStatus.CONFIRMED, waiting.getStatus());

        Event tomorrow = eventStartingIn(Duration.ofHours(30));
        Registration late = new Registration(tomorrow, account());
        late.register(false, NOW);
        late.offer(NOW);
        assertEquals(tomorrow.getStartsAt(), late.getOfferExpiresAt(), "never past the start");
    }

    @Test
    void aRegistrationMovesOnlyAlongItsStates() {
        Registration registration = new Registration(event(20), account());
        registration.register(true, NOW);
        assertEquals("event.state.alreadyRegistered", assertThrows(InvalidEventException.class,
                () -> registration.register(true, NOW)).messageKey());
        registration.checkIn(true, NOW);
        assertTrue(registration.cancel(NOW), "a confirmed place freed");
        assertEquals("event.state.notRegistered", assertThrows(InvalidEventException.class, () -> registration.cancel(NOW)).messageKey());
        assertEquals("event.state.notConfirmed", assertThrows(InvalidEventException.class,
                () -> registration.checkIn(true, NOW)).messageKey());
        registration.register(false, NOW.plusSeconds(60));
        assertEquals(RegistrationStatus.WAITING, registration.getStatus(), "back, at the end of the list");
        assertFalse(registration.cancel(NOW), "a waiting registration frees no place");
    }

    private static String refused(java.util.function.Consumer<EventForm> change) {
        EventForm form = form();
        change.accept(form);
        return assertThrows(InvalidEventException.class, () -> Event.ofCommunity(COMMUNITY, null, form, List.of(COMMUNITY), "test", NOW))
                .messageKey();
    }

    private static Event event(int inDays) {
        return Event.ofCommunity(COMMUNITY, null, form(LocalDateTime.of(2026, 12, 1, 10, 0).plusDays(inDays)), List.of(COMMUNITY), "test",
                NOW);
    }

    private static Event eventStartingIn(Duration delay) {
        return Event.ofCommunity(COMMUNITY, null, form(LocalDateTime.ofInstant(NOW.plus(delay), Event.PARIS)), List.of(COMMUNITY),
                "test", NOW);
    }

    private static EventForm form() {
        return form(LocalDateTime.of(2026, 12, 20, 9, 0));
    }

    private static EventForm form(LocalDateTime start) {
        EventForm form = new EventForm();
        form.setTitle("Matinale");
        form.setDescription("Petit-déjeuner.");
        form.setStart(start);
        form.setEnd(start.plusHours(2));
        form.setPlace("Caen");
        form.setCapacity(10);
        return form;
    }

    private static Account account() {
        return Account.register("membre@example.org", "x", Locale.FRENCH, NOW);
    }
}
