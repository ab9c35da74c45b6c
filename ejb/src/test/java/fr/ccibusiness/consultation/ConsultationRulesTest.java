package fr.ccibusiness.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsultationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aDepositIsJudgedOnWhenItsUploadStartedAndFinished() {
        Instant deadline = NOW.plus(Duration.ofHours(1));
        assertEquals(DepositTiming.ON_TIME, DepositTiming.of(NOW, deadline.minusMillis(1), deadline));
        assertEquals(DepositTiming.LATE, DepositTiming.of(NOW, deadline, deadline), "finished at the deadline: late");
        assertEquals(DepositTiming.LATE, DepositTiming.of(deadline.minusSeconds(1), deadline.plusSeconds(600), deadline));
        assertEquals(DepositTiming.REFUSED, DepositTiming.of(deadline, deadline.plusSeconds(1), deadline));
    }

    @Test
    void questionsCloseSixDaysBeforeResponsesUnlessTheBuyerSaysOtherwise() {
        Consultation consultation = new Consultation(null, form(LocalDateTime.of(2026, 12, 24, 12, 0), null), Set.of(), null, NOW);
        assertEquals(Instant.parse("2026-12-24T11:00:00Z"), consultation.getResponseDeadline(), "Paris time, winter");
        assertEquals(Instant.parse("2026-12-18T11:00:00Z"), consultation.getQuestionDeadline());
        assertEquals("consultation.questionDeadline.afterResponses", assertThrows(InvalidConsultationException.class,
                () -> new Consultation(null, form(LocalDateTime.of(2026, 12, 24, 12, 0), LocalDateTime.of(2026, 12, 25, 12, 0)),
                        Set.of(), null, NOW)).messageKey());
        assertEquals("consultation.questionDeadline.past", assertThrows(InvalidConsultationException.class,
                () -> new Consultation(null, form(LocalDateTime.of(2026, 12, 8, 12, 0), null), Set.of(), null, NOW)).messageKey(),
                "a deadline within six days needs its own question deadline");
    }

    @Test
    void aPublishedConsultationClosesAtItsDeadlineAndOpensOnlyThen() {
        Consultation consultation = new Consultation(null, form(LocalDateTime.of(2026, 12, 24, 12, 0), null), Set.of(), null, NOW);
        assertEquals("consultation.communities.required", assertThrows(InvalidConsultationException.class,
                () -> consultation.publish(NOW)).messageKey(), "nobody to publish to");
        ConsultationForm open = form(LocalDateTime.of(2026, 12, 24, 12, 0), null);
        open.setPublicAccess(true);
        consultation.describe(open, Set.of(), NOW);
        consultation.publish(NOW);
        Instant deadline = consultation.getResponseDeadline();
        assertEquals(ConsultationStatus.PUBLISHED, consultation.state(deadline.minusSeconds(1)));
        assertEquals(ConsultationStatus.CLOSED, consultation.state(deadline));
        assertThrows(ResponsesSealedException.class, () -> consultation.open(deadline.minusSeconds(1)));
        assertEquals("consultation.state.closed", assertThrows(InvalidConsultationException.class,
                () -> consultation.describe(open, Set.of(), deadline)).messageKey());
        consultation.open(deadline);
        assertEquals(ConsultationStatus.OPENED, consultation.state(deadline));
        consultation.cancel("Plus de besoin", deadline);
        assertEquals(ConsultationStatus.CANCELLED, consultation.state(deadline));
    }

    @Test
    void aJournalEntryHashesEveryFieldAndTheOneBefore() {
        Instant at = Instant.parse("2026-12-04T10:00:00.123456789Z");
        String first = JournalChain.hash(7, 1, at, JournalKind.CREATED, 42L, "reference=\"A\"", JournalChain.GENESIS);
        assertEquals(64, first.length());
        assertEquals(first, JournalChain.hash(7, 1, JournalChain.stored(at), JournalKind.CREATED, 42L, "reference=\"A\"",
                JournalChain.GENESIS), "hashed as the database keeps it, to the microsecond");
        assertNotEquals(first, JournalChain.hash(7, 1, at, JournalKind.CREATED, 42L, "reference=\"B\"", JournalChain.GENESIS));
        assertNotEquals(first, JournalChain.hash(7, 1, at, JournalKind.CREATED, null, "reference=\"A\"", JournalChain.GENESIS));
        assertNotEquals(first, JournalChain.hash(7, 2, at, JournalKind.CREATED, 42L, "reference=\"A\"", JournalChain.GENESIS));
        assertNotEquals(JournalChain.hash(7, 1, at, JournalKind.CREATED, 4L, "2reference", JournalChain.GENESIS),
                JournalChain.hash(7, 1, at, JournalKind.CREATED, 42L, "reference", JournalChain.GENESIS),
                "fields are written with their lengths: no two entries write the same bytes");
    }

    private static ConsultationForm form(LocalDateTime responses, LocalDateTime questions) {
        ConsultationForm form = new ConsultationForm();
        form.setReference("AO-2026-1");
        form.setTitle("Usinage");
        form.setObjectHtml("<p>Objet <script>alert(1)</script></p>");
        form.setValueBand(ValueBand.UNDER_40K);
        form.setResponseDeadline(responses);
        form.setQuestionDeadline(questions);
        return form;
    }
}
