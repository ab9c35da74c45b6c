package fr.ccibusiness.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RightsRequestTest {

    private static final Instant SENT = Instant.parse("2026-01-31T10:00:00Z");

    private static RightsRequest request() {
        return new RightsRequest(RightsKind.ACCESS, "Martin", "Lou", "lou@example.org", null, Locale.FRENCH, "secret", SENT);
    }

    @Test
    void theLegalMonthStartsWhenTheAddressIsConfirmed() {
        RightsRequest request = request();
        assertTrue(request.confirm(SENT.plusSeconds(3600)));
        assertEquals(LocalDate.of(2026, 2, 28), request.getDueOn(), "one calendar month, at the end of a shorter month");
        assertFalse(request.confirm(SENT.plusSeconds(7200)), "confirmed once");
    }

    @Test
    void anUnconfirmedRequestExpiresAfterFortyEightHours() {
        assertFalse(request().confirm(SENT.plusSeconds(48 * 3600 + 1)));
    }

    @Test
    void theDueDateIsExtendedOnceByOneOrTwoMonthsWithAReason() {
        RightsRequest request = request();
        request.confirm(SENT);
        assertEquals("rights.extension.reason", assertThrows(RightsRequestStateException.class,
                () -> request.extend(2, "  ")).messageKey());
        assertEquals("rights.extension.months", assertThrows(RightsRequestStateException.class,
                () -> request.extend(3, "Complexe")).messageKey());
        request.extend(2, " Complexe ");
        assertEquals(LocalDate.of(2026, 4, 28), request.getDueOn());
        assertEquals("Complexe", request.getExtensionReason());
        assertEquals("rights.alreadyExtended", assertThrows(RightsRequestStateException.class,
                () -> request.extend(1, "Encore")).messageKey());
    }

    @Test
    void anOpenRequestPastItsDueDateIsOverdueUntilClosed() {
        RightsRequest request = request();
        request.confirm(SENT);
        assertFalse(request.isOverdue(LocalDate.of(2026, 2, 28)));
        assertTrue(request.isOverdue(LocalDate.of(2026, 3, 1)));
        assertEquals(-1, request.daysLeft(LocalDate.of(2026, 3, 1)));
        request.close(SENT);
        assertFalse(request.isOverdue(LocalDate.of(2026, 3, 1)));
        assertThrows(RightsRequestStateException.class, () -> request.close(SENT));
    }
}
