package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Buyers;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Events;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Meetings;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Meeting sessions on the real data path: the scheduler run from the organiser's page on participants
 * and requests in the database never double-books and reaches its bound, locked meetings stay put,
 * a participant cannot silently break a published meeting, requests are answered or expire, contact
 * details go only to the people one meets, and an erased participant leaves held meetings counted.
 */
class MeetingsIT extends PlatformIT {

    @Test
    void theSchedulerNeverDoubleBooksAndReachesItsBoundOnTheRealDataPath() {
        long community = Db.community("SECTOR", "OPEN", "Convention");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Convention d’affaires", "event:capacity", "100"));
        Meetings.open(animator.web(), event, 10, 6, 3, 4, 2, Map.of());
        List<Long> buyers = Meetings.crowd(community, event, "BUYER", 2);
        List<Long> suppliers = Meetings.crowd(community, event, "SUPPLIER", 8);
        Db.update("UPDATE app.meeting_participant SET unavailable_slots = '0,1' WHERE id = ?", suppliers.get(0));
        Db.update("UPDATE app.meeting_participant SET unavailable_slots = '2,3,4,5' WHERE id = ?", suppliers.get(1));
        List<Long> mustMeet = new ArrayList<>();
        for (int s = 0; s < suppliers.size(); s++) {
            for (long buyer : buyers) {
                long request = Meetings.accepted(event, suppliers.get(s), buyer, s < 2);
                if (s < 2) {
                    mustMeet.add(request);
                }
            }
        }

        Page report = Meetings.schedule(animator.web(), event);
        List<long[]> meetings = Meetings.meetings(event);
        assertEquals(8, meetings.size(), "two buyers of at most 4 meetings: the bound is 8, and it is reached");
        assertTrue(report.text("report-figures").startsWith("8 rendez-vous placés sur 16 demandes acceptées"), report.text("report-figures"));
        assertTrue(report.text("report-figures").contains("borne supérieure (le maximum qu’aucun planning ne peut dépasser) : 8"),
                report.text("report-figures"));
        assertEquals(8, report.doc().select("#unplaced li").size());
        assertTrue(report.text("unplaced").contains("l’un des deux a atteint son nombre maximum de rendez-vous"));

        Set<String> personSlots = new HashSet<>();
        Set<String> tableSlots = new HashSet<>();
        Map<Long, Integer> count = new HashMap<>();
        for (long[] m : meetings) {
            assertTrue(tableSlots.add(m[0] + "/" + m[1]), "two meetings at one table at once");
            for (long participant : new long[] {m[2], m[3]}) {
                assertTrue(personSlots.add(participant + "/" + m[0]), "participant " + participant + " twice in slot " + m[0]);
                count.merge(participant, 1, Integer::sum);
                String unavailable = (String) Db.single("SELECT unavailable_slots FROM app.meeting_participant WHERE id = ?", participant);
                assertFalse(List.of(unavailable.split(",")).contains(Long.toString(m[0])), "a meeting in a slot a side cannot attend");
            }
            assertTrue(m[1] >= 1 && m[1] <= 3, "a table of the session");
        }
        buyers.forEach(b -> assertTrue(count.getOrDefault(b, 0) <= 4));
        suppliers.forEach(s -> assertTrue(count.getOrDefault(s, 0) <= 2));
        for (long request : mustMeet) {
            assertEquals(1, Db.count("SELECT count(*) FROM app.meeting WHERE request_id = ?", request), "must-meet requests come first");
        }
    }

    @Test
    void lockedMeetingsStayPutAndAConflictingUnavailabilityIsReportedNotApplied() {
        long community = Db.community("SECTOR", "OPEN", "Verrous");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Rendez-vous verrouillés", "event:capacity", "100"));
        Meetings.open(animator.web(), event, 10, 6, 2, 6, 3, Map.of("session:zones", "Hall A: 1-1; Hall B: 2-2"));
        long buyer = Meetings.crowd(community, event, "BUYER", 1).get(0);
        String buyerEmail = (String) Db.single("SELECT a.email FROM app.meeting_participant p JOIN app.account a ON a.id = p.account_id"
                + " WHERE p.id = ?", buyer);
        Person supplier = member("Fournisseuse", community);
        Events.register(supplier.web(), event);
        Page joined = supplier.web().submit(supplier.web().get("/meetings/session.xhtml?event=" + event), "profile",
                Map.of("profile:offer", "Traitements de surface", "profile:seek", "Donneurs d’ordre de l’aéronautique"), "profile:save");
        assertTrue(joined.globalMessages().contains("Vous participez aux rendez-vous"), joined.mainText());
        assertFalse(joined.body().contains(buyerEmail), "browsing the participants shows no contact details");
        long me = ((Number) Db.single("SELECT id FROM app.meeting_participant WHERE account_id = ?", supplier.id())).longValue();
        for (long s : Meetings.crowd(community, event, "SUPPLIER", 2)) {
            Meetings.accepted(event, s, buyer, false);
        }
        Meetings.accepted(event, me, buyer, true);
        Meetings.schedule(animator.web(), event);
        List<long[]> first = Meetings.meetings(event);
        assertEquals(3, first.size());

        Page published = animator.web().submit(animator.web().get("/organiser/meetings.xhtml?event=" + event), "run", Map.of(), "run:publish");
        assertTrue(published.globalMessages().contains("Planning publié : 4 participant(s) reçoivent leur agenda"), published.mainText());
        MimeMessage agendaMail = mailbox.awaitSubject(supplier.email(), "Votre agenda de rendez-vous — Rendez-vous verrouillés");
        assertNotNull(Events.property(Mailbox.calendar(agendaMail), "UID"), "the agenda's calendar comes with it");
        Page agenda = supplier.web().get("/meetings/agenda.xhtml?event=" + event);
        assertTrue(agenda.text("agenda:meetings").contains(buyerEmail), "the person one meets, with their contact details");
        assertTrue(agenda.text("agenda:meetings").contains("(Hall "), "the table with its zone");
        assertEquals(200, supplier.web().bytes("/meetings/agenda.pdf?event=" + event).statusCode());
        String ics = new String(supplier.web().bytes("/meetings/agenda.ics?event=" + event).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ics.contains("Table "), ics);

        for (long s : Meetings.crowd(community, event, "SUPPLIER", 2)) {
            Meetings.accepted(event, s, buyer, false);
        }
        Meetings.schedule(animator.web(), event);
        List<long[]> second = Meetings.meetings(event);
        assertEquals(5, second.size(), "the new requests are placed too");
        for (long[] locked : first) {
            assertTrue(second.stream().anyMatch(m -> java.util.Arrays.equals(m, locked)), "a locked meeting keeps its slot and table");
        }

        long mySlot = first.stream().filter(m -> m[2] == me || m[3] == me).findFirst().orElseThrow()[0];
        Page refused = supplier.web().submit(supplier.web().get("/meetings/session.xhtml?event=" + event), "profile",
                Map.of("profile:unavailable", Long.toString(mySlot)), "profile:save");
        assertTrue(refused.messageFor("profile:unavailable").startsWith("Un rendez-vous publié occupe l’un de ces créneaux"),
                refused.mainText());
        assertEquals("", Db.single("SELECT unavailable_slots FROM app.meeting_participant WHERE id = ?", me), "nothing applied silently");

        long held = ((Number) Db.single("SELECT id FROM app.meeting WHERE first_id = ? OR second_id = ?", me, me)).longValue();
        assertEquals(0, supplier.web().get("/meetings/agenda.xhtml?event=" + event).doc().select("[id$=':held']").size(),
                "nothing to mark before the meeting");
        try {
            shiftClock(11);
            Page marked = supplier.web().submit(supplier.web().get("/meetings/agenda.xhtml?event=" + event), "agenda", Map.of(),
                    "agenda:meetings:0:held");
            assertTrue(marked.globalMessages().contains("Rendez-vous marqué tenu"), marked.mainText());
        } finally {
            shiftClock(0);
        }
        assertEquals("HELD", Db.single("SELECT status FROM app.meeting WHERE id = ?", held));
        supplier.web().submit(supplier.web().get("/account/delete.xhtml"), "delete", Map.of("delete:currentPassword", PASSWORD),
                "delete:submit");
        assertEquals(0, Db.count("SELECT count(*) FROM app.meeting_participant WHERE id = ?", me));
        assertEquals(1, Db.count("SELECT count(*) FROM app.meeting WHERE id = ? AND status = 'HELD'", held),
                "a held meeting stays counted without the person");
    }

    @Test
    void aRequestIsAnsweredOrExpiresAtTheEndOfTheRequestPeriod() {
        long community = Db.community("SECTOR", "OPEN", "Demandes");
        Person animator = animatorOf(community);
        long event = Events.create(animator.web(), community, Map.of("event:title", "Rencontres fournisseurs", "event:capacity", "50"));
        Meetings.open(animator.web(), event, 10, 6, 3, 6, 6, Map.of());
        Person asking = member("Alix", community);
        Person asked = member("Bérénice", community);
        Person late = member("Clément", community);
        Person absent = member("Dorothée", community);
        long company = Buyers.companyOf(asked.id(), "Bérénice Aéro");
        Db.update("INSERT INTO app.company_certification (company_id, certification) VALUES (?, 'EN 9100')", company);
        for (Person person : List.of(asking, asked, late)) {
            Events.register(person.web(), event);
            Map<String, String> profile = new HashMap<>(Map.of("profile:offer", "Usinage de précision"));
            if (person == asked) {
                profile.put("profile:company", Long.toString(company));
            }
            person.web().submit(person.web().get("/meetings/session.xhtml?event=" + event), "profile", profile, "profile:save");
        }
        assertEquals(404, absent.web().get("/meetings/session.xhtml?event=" + event).status(), "not registered: no session to see");

        Page filtered = asking.web().submit(asking.web().get("/meetings/session.xhtml?event=" + event), "filter",
                Map.of("filter:text", "en 9100"), "filter:apply");
        assertTrue(filtered.text("cards").contains("Bérénice Aéro") && filtered.text("cards").contains("EN 9100"), filtered.text("cards"));
        assertFalse(filtered.text("cards").contains("Clément"), "the words filter the participants, certifications included");
        Page asked1 = ask(asking, event, "Bérénice", "Sous-traitance de pièces");
        assertTrue(asked1.globalMessages().contains("Demande envoyée"), asked1.mainText());
        MimeMessage request = mailbox.awaitSubject(asked.email(), "Demande de rendez-vous — Rencontres fournisseurs");
        assertTrue(Mailbox.part(request, "text/plain").contains("Sous-traitance de pièces"));
        Page accepted = asked.web().submit(asked.web().get("/meetings/session.xhtml?event=" + event), "requests", Map.of(),
                "requests:in:0:accept");
        assertTrue(accepted.globalMessages().contains("Demande acceptée"), accepted.mainText());
        mailbox.awaitSubject(asking.email(), "Rendez-vous accepté — Rencontres fournisseurs");
        Page again = asking.web().get("/meetings/session.xhtml?event=" + event);
        assertTrue(again.text("sent").contains("Acceptée"), again.text("sent"));

        ask(late, event, "Bérénice", "Peinture industrielle");
        long pending = ((Number) Db.single("SELECT r.id FROM app.meeting_request r JOIN app.meeting_participant p ON p.id = r.from_id"
                + " WHERE p.account_id = ?", late.id())).longValue();
        Db.update("UPDATE app.meeting_session SET requests_close_at = now() - interval '1 minute' WHERE event_id = ?", event);
        Poll.until(() -> "EXPIRED".equals(Db.single("SELECT status FROM app.meeting_request WHERE id = ?", pending)),
                Duration.ofSeconds(20), "an unanswered request to expire with the request period");
        Page closed = asked.web().get("/meetings/session.xhtml?event=" + event);
        assertTrue(closed.text("period").contains("La période de demandes est close"), closed.text("period"));
        assertTrue(closed.text("received").contains("Expirée sans réponse"), closed.text("received"));
        assertEquals(0, closed.doc().select("[id$=':accept']").size(), "nothing left to answer");
    }

    @Test
    void aBuyerInvitesItsConsultationsCandidatesWhoseRequestsArePreparedForItToSend() {
        long target = Db.community("SECTOR", "OPEN", "Consultée");
        long audience = Db.community("SECTOR", "OPEN", "Public de l’événement");
        long organisation = Buyers.organisation(target);
        Db.update("INSERT INTO app.buyer_grant (organisation_id, community_id) VALUES (?, ?)", organisation, audience);
        WebClient buyer = Buyers.buyerOf(organisation);
        long consultation = Buyers.draft(buyer, Map.of("consultation:communities", Long.toString(target)));
        Buyers.publish(buyer, consultation);
        Person candidate = member("Candice", target);
        candidate.web().submit(candidate.web().get("/consultation.xhtml?id=" + consultation), "ask",
                Map.of("ask:question", "Quelles cadences ?"), "ask:send");
        long event = Events.create(buyer, audience, Map.of("event:host", "o:" + organisation, "event:title", "Journée acheteurs",
                "event:capacity", "40"));
        assertEquals(404, candidate.web().get("/event.xhtml?id=" + event).status(), "not in the event's audience, not invited yet");
        Meetings.open(buyer, event, 10, 6, 2, 6, 3, Map.of());

        Page invited = buyer.submit(buyer.get("/organiser/meetings.xhtml?event=" + event), "invite",
                Map.of("invite:consultation", Long.toString(consultation)), "invite:send");
        assertTrue(invited.globalMessages().contains("1 candidat(s) invité(s)"), invited.mainText());
        assertTrue(Mailbox.part(mailbox.awaitSubject(candidate.email(), "Invitation : Journée acheteurs"), "text/plain")
                .contains("en tant que candidat·e à sa consultation"));
        Page registered = Events.register(candidate.web(), event);
        assertTrue(registered.globalMessages().contains("Votre inscription est confirmée"), registered.mainText());
        candidate.web().submit(candidate.web().get("/meetings/session.xhtml?event=" + event), "profile",
                Map.of("profile:offer", "Usinage de structures"), "profile:save");

        Page mine = buyer.get("/meetings/session.xhtml?event=" + event);
        assertTrue(mine.text("sent").contains("Préparée, à envoyer"), mine.text("sent"));
        assertTrue(mine.text("sent").contains("Candice"), mine.text("sent"));
        Page sent = buyer.submit(mine, "requests", Map.of(), "requests:out:0:send");
        assertTrue(sent.globalMessages().contains("Demande envoyée"), sent.mainText());
        assertTrue(Mailbox.part(mailbox.awaitSubject(candidate.email(), "Demande de rendez-vous — Journée acheteurs"), "text/plain")
                .contains("Candidat·e à la consultation"));
    }

    /** Asks the participant whose card names {@code firstName} for a meeting, from the list of participants. */
    private static Page ask(Person from, long event, String firstName, String reason) {
        Page page = from.web().get("/meetings/session.xhtml?event=" + event);
        Element card = page.doc().select("#cards li.participant").stream().filter(li -> li.select("h3").text().contains(firstName))
                .findFirst().orElseThrow(() -> new AssertionError("No card of " + firstName + " in " + page.text("cards")));
        String reasonId = card.selectFirst("input[id$=':reason']").id();
        String button = card.selectFirst("[id$=':ask']").id();
        return from.web().submit(page, "others", Map.of(reasonId, reason, button.replace(":ask", ":must"), "on"), button);
    }
}
