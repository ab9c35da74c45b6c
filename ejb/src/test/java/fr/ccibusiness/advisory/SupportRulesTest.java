package fr.ccibusiness.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityKind;
import fr.ccibusiness.community.JoinPolicy;
import fr.ccibusiness.company.Company;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules a service of the catalogue and a request keep by themselves, whatever calls them. */
class SupportRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Cci CCI = new Cci("caen", "CCI Caen Normandie", "Caen", false);
    private static final Account ADVISOR = Account.register("conseil@example.org", "x", Locale.FRENCH, NOW);
    private static final Account MEMBER = Account.register("membre@example.org", "x", Locale.FRENCH, NOW);
    private static final Company COMPANY = new Company() {
        @Override
        public String getLegalName() {
            return "Usinage Normand";
        }
    };

    @Test
    void theServiceFormIsRefusedFieldByFieldAndItsDescriptionSanitised() {
        assertEquals("support.title.required", refused(f -> f.setTitle("  ")));
        assertEquals("support.title.tooLong", refused(f -> f.setTitle("x".repeat(151))));
        assertEquals("support.category.required", refused(f -> f.setCategory(null)));
        assertEquals("support.description.required", refused(f -> f.setDescriptionHtml("<script>alert(1)</script>")));
        assertEquals("support.communities.required", refused(f -> f.setAllMembers(false)));
        assertEquals("support.price.invalid", refused(f -> f.setPriceEuros(new BigDecimal("-1"))));
        assertEquals("support.price.invalid", refused(f -> f.setPriceEuros(new BigDecimal("10.555"))));
        assertEquals("support.duration.tooLong", refused(f -> f.setDuration("x".repeat(101))));
        assertEquals("support.targetDays.invalid", refused(f -> f.setTargetDays(0)));
        assertEquals("support.targetDays.invalid", refused(f -> f.setTargetDays(61)));
        assertEquals("support.targetDays.invalid", refused(f -> f.setTargetDays(null)));
        assertEquals("support.advisors.required", assertThrows(InvalidSupportException.class,
                () -> new SupportOffer(CCI, form(), Set.of(), Set.of(), NOW)).messageKey());
        assertEquals("title", new InvalidSupportException("support.title.required").field());
        assertEquals("state", new InvalidSupportException("support.state.closed").field());

        OfferForm form = form();
        form.setDescriptionHtml("<p onclick=\"steal()\">Un <strong>diagnostic</strong><img src=x onerror=alert(1)></p>");
        form.setPriceEuros(BigDecimal.ZERO);
        SupportOffer offer = offer(form);
        assertEquals("<p>Un <strong>diagnostic</strong></p>", offer.getDescription());
        assertNull(offer.getPriceEuros(), "a price of zero is free");
        Community community = new Community(CCI, CommunityKind.SECTOR, "Agroalimentaire", "La filière.", JoinPolicy.OPEN, null,
                Set.of(), NOW);
        OfferForm reserved = form();
        reserved.setAllMembers(false);
        assertEquals(Set.of(community), new SupportOffer(CCI, reserved, Set.of(community), Set.of(ADVISOR), NOW).getCommunities());
        assertEquals(Set.of(), offer(form()).getCommunities(), "open to all: no community kept");
    }

    @Test
    void aRequestGoesNewAssignedInProgressDoneAndIsRatedOnce() {
        SupportRequest request = new SupportRequest(offer(form()), COMPANY, MEMBER, "  Nous voulons exporter.  ", NOW);
        assertEquals(SupportStatus.NEW, request.getStatus());
        assertEquals("Nous voulons exporter.", request.getMessage());
        assertEquals("Usinage Normand", request.getCompanyName());
        assertEquals(WorkingDays.due(NOW, 5), request.getDueAt());
        assertEquals("support.state.notAssigned", key(() -> request.start(NOW)));
        assertEquals("support.state.notInProgress", key(() -> request.complete(NOW)));
        assertEquals("support.state.notDone", key(() -> request.rate(5, null, NOW)));

        request.assign(ADVISOR, NOW.plusSeconds(60));
        assertEquals(SupportStatus.ASSIGNED, request.getStatus());
        assertEquals(NOW.plusSeconds(60), request.getAssignedAt());
        assertEquals("support.state.notNew", key(() -> request.withdraw(NOW)));
        request.answered(NOW.plusSeconds(120));
        request.answered(NOW.plusSeconds(900));
        assertEquals(NOW.plusSeconds(120), request.getFirstAnsweredAt(), "the first answer stops the clock, once");
        request.start(NOW.plusSeconds(180));
        request.assign(ADVISOR, NOW.plusSeconds(240));
        assertEquals(SupportStatus.IN_PROGRESS, request.getStatus(), "a request under way changes hands without going back");
        request.complete(NOW.plusSeconds(300));
        assertEquals(SupportStatus.DONE, request.getStatus());
        assertEquals("support.state.closed", key(() -> request.answered(NOW)));
        assertEquals("support.state.closed", key(() -> request.decline("Non", NOW)));
        assertEquals("support.rating.invalid", key(() -> request.rate(6, null, NOW)));
        assertEquals("support.rating.invalid", key(() -> request.rate(null, null, NOW)));
        assertEquals("support.comment.tooLong", key(() -> request.rate(4, "x".repeat(2001), NOW)));
        request.rate(4, "  Très utile. ", NOW.plusSeconds(400));
        assertEquals(4, request.getRating());
        assertEquals("Très utile.", request.getRatingComment());
        assertEquals("support.state.rated", key(() -> request.rate(5, null, NOW)));
    }

    @Test
    void aNewRequestMayBeWithdrawnOrDeclinedWithAReason() {
        SupportRequest withdrawn = new SupportRequest(offer(form()), COMPANY, MEMBER, "Besoin", NOW);
        withdrawn.withdraw(NOW.plusSeconds(5));
        assertEquals(SupportStatus.WITHDRAWN, withdrawn.getStatus());
        assertEquals(NOW.plusSeconds(5), withdrawn.getClosedAt());
        assertEquals("support.state.closed", key(() -> withdrawn.assign(ADVISOR, NOW)));

        SupportRequest declined = new SupportRequest(offer(form()), COMPANY, MEMBER, "Besoin", NOW);
        assertEquals("support.reason.required", key(() -> declined.decline(" ", NOW)));
        assertEquals("support.reason.tooLong", key(() -> declined.decline("x".repeat(2001), NOW)));
        declined.decline("Hors de notre territoire.", NOW.plusSeconds(10));
        assertEquals(SupportStatus.DECLINED, declined.getStatus());
        assertEquals(NOW.plusSeconds(10), declined.getFirstAnsweredAt(), "a refusal is an answer");

        assertEquals("support.message.required", key(() -> new SupportRequest(offer(form()), COMPANY, MEMBER, "  ", NOW)));
        assertEquals("support.message.tooLong", key(() -> new SupportRequest(offer(form()), COMPANY, MEMBER, "x".repeat(5001), NOW)));
        SupportOffer gone = offer(form());
        gone.withdraw();
        assertEquals("support.offer.withdrawn", key(() -> new SupportRequest(gone, COMPANY, MEMBER, "Besoin", NOW)));
    }

    @Test
    void aRequestIsOverdueOnlyOpenUnansweredAndPastItsTarget() {
        SupportRequest request = new SupportRequest(offer(form()), COMPANY, MEMBER, "Besoin", NOW);
        Instant due = request.getDueAt();
        assertFalse(request.isOverdue(due));
        assertTrue(request.isOverdue(due.plusSeconds(1)));
        request.assign(ADVISOR, NOW);
        assertTrue(request.isOverdue(due.plus(Duration.ofDays(3))));
        request.answered(due.plus(Duration.ofDays(3)));
        assertFalse(request.isOverdue(due.plus(Duration.ofDays(4))), "answered, even late, it is no longer waiting");
    }

    @Test
    void percentilesAreNearestRank() {
        assertNull(SatisfactionReport.percentile(List.of(), 50));
        assertEquals(2.0, SatisfactionReport.percentile(List.of(1.0, 2.0, 3.0), 50));
        assertEquals(3.0, SatisfactionReport.percentile(List.of(1.0, 2.0, 3.0), 90));
        assertEquals(9.0, SatisfactionReport.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 90));
        assertEquals(1.0, SatisfactionReport.percentile(List.of(1.0), 90));
    }

    private static String refused(Consumer<OfferForm> change) {
        OfferForm form = form();
        change.accept(form);
        return assertThrows(InvalidSupportException.class, () -> offer(form)).messageKey();
    }

    private static String key(Runnable action) {
        return assertThrows(InvalidSupportException.class, action::run).messageKey();
    }

    private static SupportOffer offer(OfferForm form) {
        return new SupportOffer(CCI, form, Set.of(), Set.of(ADVISOR), NOW);
    }

    private static OfferForm form() {
        OfferForm form = new OfferForm();
        form.setTitle("Diagnostic export");
        form.setCategory(OfferCategory.EXPORT);
        form.setDescriptionHtml("<p>Un diagnostic.</p>");
        form.setTargetDays(5);
        return form;
    }
}
