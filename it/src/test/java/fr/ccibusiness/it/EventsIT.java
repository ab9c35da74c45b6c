package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Events;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Events: places and the waiting list under concurrency, the 48-hour offer of a freed place, who reads
 * the registrants, calendar invitations that update and cancel one entry, the reminder, and the
 * organiser's form refusing bad input next to its fields.
 */
class EventsIT extends PlatformIT {

    @Test
    void theLastPlaceTakenByTwoAtOnceGoesToOneAndTheOtherWaits() throws Exception {
        long community = Db.community("SECTOR", "OPEN", "Dernière place");
        Person animator = animatorOf(community);
        Person first = member("Première", community);
        Person second = member("Seconde", community);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                long event = Events.create(animator.web(), community, Map.of("event:capacity", "1", "event:title", "Course " + round));
                Page firstForm = first.web().get("/event.xhtml?id=" + event);
                Page secondForm = second.web().get("/event.xhtml?id=" + event);
                CountDownLatch go = new CountDownLatch(1);
                Future<Page> a = pool.submit(() -> {
                    go.await();
                    return first.web().submit(firstForm, "registration", Map.of(), "registration:register");
                });
                Future<Page> b = pool.submit(() -> {
                    go.await();
                    return second.web().submit(secondForm, "registration", Map.of(), "registration:register");
                });
                go.countDown();
                List<String> answers = List.of(a.get().globalMessages(), b.get().globalMessages());
                assertEquals(Set.of("CONFIRMED", "WAITING"), Set.of(Events.status(event, first.id()), Events.status(event, second.id())),
                        "round " + round + ": " + answers);
                assertTrue(answers.stream().anyMatch(m -> m.contains("Votre inscription est confirmée")), answers.toString());
                assertTrue(answers.stream().anyMatch(m -> m.contains("vous êtes sur la liste d’attente")), answers.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        Person winner = "CONFIRMED".equals(Db.single("SELECT status FROM app.event_registration WHERE account_id = ?"
                + " ORDER BY id DESC LIMIT 1", first.id())) ? first : second;
        Person waiting = winner == first ? second : first;
        MimeMessage confirmation = mailbox.awaitSubject(winner.email(), "Inscription confirmée — Course 3");
        String calendar = Mailbox.calendar(confirmation);
        assertNotNull(calendar, "the confirmation carries the invitation");
        assertEquals("REQUEST", Events.property(calendar, "METHOD"));
        assertTrue(confirmation.getContentType().startsWith("multipart/mixed"), confirmation.getContentType());
        MimeMessage listed = mailbox.awaitSubject(waiting.email(), "Liste d’attente — Course 3");
        assertTrue(Mailbox.part(listed, "text/plain").contains("en position 1"), Mailbox.part(listed, "text/plain"));
        assertNull(Mailbox.calendar(listed), "no calendar entry for a place not held");
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaitingWhoHas48HoursThenToTheNext() {
        long community = Db.community("SECTOR", "OPEN", "Liste d’attente");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:capacity", "1", "event:title", "Atelier export"));
        Person holder = member("Titulaire", community);
        Person next = member("Suivante", community);
        Person last = member("Dernière", community);
        for (Person person : List.of(holder, next, last)) {
            Events.register(person.web(), event);
        }
        assertEquals("CONFIRMED", Events.status(event, holder.id()));
        assertEquals("(position 2)", last.web().get("/event.xhtml?id=" + event).text("my-status").replaceAll(".*(\\(position \\d\\)).*", "$1"));

        Page withdrawn = holder.web().submit(holder.web().get("/event.xhtml?id=" + event), "registration", Map.of(), "registration:withdraw");
        assertTrue(withdrawn.globalMessages().contains("Votre inscription est annulée"), withdrawn.mainText());
        assertEquals("CANCEL", Events.property(Mailbox.calendar(mailbox.awaitSubject(holder.email(), "Inscription annulée — Atelier export")),
                "METHOD"), "the holder's calendar entry is cancelled");
        assertEquals("OFFERED", Events.status(event, next.id()));
        assertEquals("WAITING", Events.status(event, last.id()), "one place freed, one offer");
        assertTrue(Mailbox.part(mailbox.awaitSubject(next.email(), "Une place s’est libérée — Atelier export"), "text/plain")
                .contains("avant le"));
        Page offered = next.web().get("/event.xhtml?id=" + event);
        assertTrue(offered.text("my-status").contains("Place proposée"), offered.mainText());
        assertNotNull(offered.doc().getElementById("registration:take"), "a button takes the place");

        try {
            shiftClock(2);
            Poll.until(() -> "EXPIRED".equals(Events.status(event, next.id())), Duration.ofSeconds(20), "the offer to expire after 48 h");
            Poll.until(() -> "OFFERED".equals(Events.status(event, last.id())), Duration.ofSeconds(20), "the place to go to the next");
            mailbox.awaitSubject(next.email(), "Place non confirmée — Atelier export");
            mailbox.awaitSubject(last.email(), "Une place s’est libérée — Atelier export");
            Page taken = last.web().submit(last.web().get("/event.xhtml?id=" + event), "registration", Map.of(), "registration:take");
            assertTrue(taken.globalMessages().contains("Votre inscription est confirmée"), taken.mainText());
            assertEquals("CONFIRMED", Events.status(event, last.id()));
            assertNotNull(Mailbox.calendar(mailbox.awaitSubject(last.email(), "Inscription confirmée — Atelier export")));
            Page late = next.web().get("/event.xhtml?id=" + event);
            assertTrue(late.text("my-status").contains("Place proposée non confirmée"), late.mainText());
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void aRegistrantWhoDeletesTheirAccountFreesTheirPlaceForTheFirstWaiting() {
        long community = Db.community("SECTOR", "OPEN", "Effacement");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:capacity", "1", "event:title", "Visite d’usine"));
        Person leaving = member("Partante", community);
        Person waiting = member("Patiente", community);
        Events.register(leaving.web(), event);
        Events.register(waiting.web(), event);
        leaving.web().submit(leaving.web().get("/account/delete.xhtml"), "delete", Map.of("delete:currentPassword", PASSWORD),
                "delete:submit");
        assertNull(Db.accountId(leaving.email()));
        assertEquals(0, Db.count("SELECT count(*) FROM app.event_registration WHERE event_id = ? AND account_id = ?", event,
                leaving.id()));
        assertEquals("OFFERED", Events.status(event, waiting.id()));
        mailbox.awaitSubject(waiting.email(), "Une place s’est libérée — Visite d’usine");
        assertEquals(1, Db.count("SELECT count(*) FROM app.event WHERE id = ?", event), "the event stays");
    }

    @Test
    void onlyTheOrganisersReadTheRegistrantsWhateverTheAddress() {
        long community = Db.community("SECTOR", "APPROVAL", "Réservé");
        long elsewhere = Db.community("SECTOR", "OPEN", "Ailleurs");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Rencontre réservée"));
        Person registrant = member("Inscrite", community);
        Events.register(registrant.web(), event);
        Person fellow = member("Collègue", community);
        Person outsider = member("Extérieure", elsewhere);
        Person otherAnimator = animatorOf(elsewhere);
        String registrantName = (String) Db.single("SELECT last_name || ' ' || first_name FROM app.member WHERE account_id = ?",
                registrant.id());

        Page organised = animator.web().get("/organiser/event.xhtml?id=" + event);
        assertTrue(organised.text("attendees").contains(registrantName), organised.mainText());
        assertTrue(organised.text("attendees").contains(registrant.email()));
        HttpResponse<byte[]> csv = animator.web().bytes("/organiser/attendees.csv?id=" + event);
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(registrant.email()));

        for (WebClient stranger : List.of(fellow.web(), outsider.web(), otherAnimator.web())) {
            assertEquals(404, stranger.bytes("/organiser/attendees.csv?id=" + event).statusCode());
            assertEquals(404, stranger.get("/organiser/event.xhtml?id=" + event).status());
        }
        WebClient visitor = new WebClient();
        assertFalse(new String(visitor.bytes("/organiser/attendees.csv?id=" + event).body(), StandardCharsets.UTF_8)
                .contains(registrant.email()), "a visitor is asked to sign in");
        assertEquals("Connexion", visitor.get("/organiser/event.xhtml?id=" + event).h1());
        assertEquals(404, fellow.web().get("/organiser/checkin.xhtml?id=" + event).status(), "a member is no organiser");
        String staffEmail = newEmail();
        registerConfirmed(new WebClient(), staffEmail, "Conseil", "Test");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'cci-staff')", Db.accountId(staffEmail));
        Db.update("INSERT INTO app.cci_staff (cci_id, account_id) SELECT cci_id, ? FROM app.community WHERE id = ?",
                Db.accountId(staffEmail), community);
        WebClient staff = personSignedIn(staffEmail).web();
        assertTrue(staff.get("/organiser/event.xhtml?id=" + event).text("attendees").contains(registrantName),
                "the staff of the community's CCI organise with its animators");
        assertTrue(animator.web().get("/events.xhtml").text("organised").contains("Rencontre réservée"));
        assertTrue(staff.get("/events.xhtml").text("organised").contains("Rencontre réservée"));
        assertFalse(otherAnimator.web().get("/events.xhtml").mainText().contains("Rencontre réservée"),
                "the events one organises, not another community's");

        Page asFellow = fellow.web().get("/event.xhtml?id=" + event);
        assertEquals(200, asFellow.status());
        assertFalse(asFellow.body().contains(registrantName), "a member sees places left, never who took them");
        assertTrue(asFellow.text("places").contains("19 place(s) libre(s) sur 20"), asFellow.text("places"));
        assertEquals(404, outsider.web().get("/event.xhtml?id=" + event).status(), "reserved to its community");
        assertEquals(404, new WebClient().get("/event.xhtml?id=" + event).status());
        assertFalse(outsider.web().get("/events.xhtml").mainText().contains("Rencontre réservée"));
        assertTrue(fellow.web().get("/events.xhtml").mainText().contains("Rencontre réservée"));
    }

    @Test
    void aChangedTimeSendsTheUpdateUnderTheSameUidAndACancellationRemovesIt() {
        long community = Db.community("SECTOR", "OPEN", "Agenda");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Conférence agenda"));
        Person registrant = member("Agenda", community);
        Events.register(registrant.web(), event);
        String invitation = Mailbox.calendar(mailbox.awaitSubject(registrant.email(), "Inscription confirmée — Conférence agenda"));
        String uid = Events.property(invitation, "UID");
        assertNotNull(uid);
        assertEquals("0", Events.property(invitation, "SEQUENCE"));
        HttpResponse<byte[]> download = registrant.web().bytes("/events/calendar.ics?id=" + event);
        assertEquals(200, download.statusCode());
        assertEquals(uid, Events.property(new String(download.body(), StandardCharsets.UTF_8), "UID"), "the download is the same entry");
        assertEquals(404, member("Autre", community).web().bytes("/events/calendar.ics?id=" + event).statusCode(),
                "only a registrant downloads it");

        Page saved = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "event",
                Map.of("event:start", Events.at(11, 14), "event:end", Events.at(11, 16)), "event:save");
        assertTrue(saved.globalMessages().contains("Les modifications sont enregistrées"), saved.mainText());
        String update = Mailbox.calendar(mailbox.awaitSubject(registrant.email(), "Événement modifié — Conférence agenda"));
        assertEquals(uid, Events.property(update, "UID"), "the calendar updates its entry rather than add one");
        assertEquals("1", Events.property(update, "SEQUENCE"));
        assertEquals("REQUEST", Events.property(update, "METHOD"));
        String start = LocalDateTime.parse(Events.at(11, 14)).atZone(ZoneId.of("Europe/Paris")).withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertEquals(start, Events.property(update, "DTSTART"));

        Page noSubject = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "message",
                Map.of("message:subject", " ", "message:text", "Le parking B est ouvert."), "message:send");
        assertEquals("Donnez un objet au message.", noSubject.messageFor("message:subject"));
        Page written = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "message",
                Map.of("message:subject", "Accès parking", "message:text", "Le parking B est ouvert <dès 7 h>."), "message:send");
        assertTrue(written.globalMessages().contains("Message envoyé à 1 personne(s)"), written.mainText());
        MimeMessage message = mailbox.awaitSubject(registrant.email(), "Accès parking — Conférence agenda");
        assertTrue(Mailbox.part(message, "text/plain").contains("Le parking B est ouvert <dès 7 h>."));
        assertTrue(Mailbox.part(message, "text/html").contains("&lt;dès 7 h&gt;"), "the organiser's words are text, never markup");

        Page refused = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "cancel",
                Map.of("cancel:reason", " "), "cancel:confirm");
        assertEquals("Indiquez le motif de l’annulation : il est envoyé aux inscrits.", refused.messageFor("cancel:reason"));
        Page cancelled = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "cancel",
                Map.of("cancel:reason", "Intervenant malade"), "cancel:confirm");
        assertTrue(cancelled.globalMessages().contains("L’événement est annulé"), cancelled.mainText());
        MimeMessage told = mailbox.awaitSubject(registrant.email(), "Événement annulé — Conférence agenda");
        assertTrue(Mailbox.part(told, "text/plain").contains("Intervenant malade"));
        String cancellation = Mailbox.calendar(told);
        assertEquals(uid, Events.property(cancellation, "UID"));
        assertEquals("CANCEL", Events.property(cancellation, "METHOD"));
        assertEquals("CANCELLED", Events.property(cancellation, "STATUS"));
        assertEquals("2", Events.property(cancellation, "SEQUENCE"));
        Page page = registrant.web().get("/event.xhtml?id=" + event);
        assertTrue(page.text("cancelled").contains("Intervenant malade"), page.mainText());
        assertNull(page.doc().getElementById("registration:register"), "no registration to a cancelled event");
    }

    @Test
    void theDayBeforeEachRegistrantIsRemindedOnce() {
        long community = Db.community("SECTOR", "OPEN", "Rappel");
        Person animator = animatorOf(community);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(3).plusHours(1);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Visite rappel",
                "event:start", start.format(local), "event:end", start.plusHours(2).format(local)));
        Person registrant = member("Rappel", community);
        Events.register(registrant.web(), event);
        assertNull(Db.single("SELECT reminded_at FROM app.event WHERE id = ?", event), "three days ahead: no reminder yet");
        try {
            shiftClock(3);
            MimeMessage reminder = mailbox.awaitSubject(registrant.email(), "Rappel : demain — Visite rappel");
            assertTrue(Mailbox.part(reminder, "text/plain").contains("CCI Caen Normandie, Saint-Contest"));
            assertNotNull(Db.single("SELECT reminded_at FROM app.event WHERE id = ?", event));
            assertEquals(1, mailbox.to(registrant.email()).stream().filter(m -> Mailbox.subject(m).startsWith("Rappel")).count());
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        long community = Db.community("SECTOR", "OPEN", "Formulaire");
        Person animator = animatorOf(community);
        long before = Db.count("SELECT count(*) FROM app.event");
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("event:title", new String[] {" ", "Donnez un intitulé à l’événement."});
        cases.put("event:description", new String[] {"", "Décrivez l’événement."});
        cases.put("event:start", new String[] {Events.at(-2, 9), "Le début de l’événement doit être à venir."});
        cases.put("event:end", new String[] {Events.at(9, 10), "La fin doit suivre le début."});
        cases.put("event:place", new String[] {"", "Indiquez une adresse, un lien de connexion, ou les deux."});
        cases.put("event:onlineLink", new String[] {"javascript:alert(1)", "Le lien doit être une adresse web complète (https://…)."});
        cases.put("event:capacity", new String[] {"0", "Le nombre de places est un nombre entier de 1 à 100 000."});
        cases.put("event:registrationDeadline", new String[] {Events.at(12, 9),
                "Les inscriptions doivent se clore au plus tard au début de l’événement."});
        cases.put("event:communities", new String[] {Long.toString(Db.community("SECTOR", "OPEN", "Pas à moi")),
                "Choisissez parmi les valeurs proposées."});
        for (var field : cases.entrySet()) {
            Map<String, String> values = new HashMap<>(Map.of(field.getKey(), field.getValue()[0]));
            Page refused = animator.web().submit(animator.web().get("/organiser/event.xhtml"), "event",
                    Events.fields(community, values), "event:save");
            assertEquals(field.getValue()[1], refused.messageFor(field.getKey()), field.getKey() + ": " + refused.mainText());
            if (!field.getKey().equals("event:title")) {
                assertEquals("Matinale des fournisseurs", refused.valueOf("event:title"), "what was typed stays");
            }
        }
        Page malformed = animator.web().submit(animator.web().get("/organiser/event.xhtml"), "event",
                Events.fields(community, Map.of("event:capacity", "beaucoup")), "event:save");
        assertEquals("Le nombre de places est un nombre entier de 1 à 100 000.", malformed.messageFor("event:capacity"));
        Page stored = animator.web().submit(animator.web().get("/organiser/event.xhtml"), "event",
                Events.fields(community, Map.of("event:title", "<script>alert(1)</script> Soirée")), "event:save");
        assertFalse(stored.body().contains("<script>alert(1)"), "a title is text, never markup");
        assertEquals(before + 1, Db.count("SELECT count(*) FROM app.event"), "only the valid form saved an event");

        long event = Long.parseLong(stored.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        Events.register(member("Une", community).web(), event);
        Events.register(member("Deux", community).web(), event);
        Page below = animator.web().submit(animator.web().get("/organiser/event.xhtml?id=" + event), "event",
                Map.of("event:capacity", "1"), "event:save");
        assertEquals("Le nombre de places ne peut pas descendre sous celui des places déjà attribuées.", below.messageFor("event:capacity"));
        assertEquals(20, ((Number) Db.single("SELECT capacity FROM app.event WHERE id = ?", event)).intValue(), "nothing saved");
    }
}
