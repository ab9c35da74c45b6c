package fr.ccibusiness.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.FieldVisibility;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void onlyTheRecipientAnswersAndOnlyTheRequesterWithdraws() {
        Account alice = account(1);
        Account bruno = account(2);
        ContactRequest request = new ContactRequest(alice, bruno, "  Bonjour  ", NOW);
        assertEquals("Bonjour", request.getMessage());
        assertThrows(ContactRefusedException.class, () -> request.answer(alice, true, NOW));
        assertThrows(ContactRefusedException.class, () -> request.withdraw(bruno, NOW));
        request.answer(bruno, true, NOW);
        assertEquals(ContactStatus.ACCEPTED, request.getStatus());
        assertEquals("network.request.connected",
                assertThrows(ContactRefusedException.class, () -> request.renew(alice, bruno, null, NOW)).messageKey());
    }

    @Test
    void aDeclinedPersonCannotAskAgainButTheOtherCan() {
        Account alice = account(1);
        Account bruno = account(2);
        ContactRequest request = new ContactRequest(alice, bruno, null, NOW);
        request.answer(bruno, false, NOW);
        assertEquals("network.request.declined",
                assertThrows(ContactRefusedException.class, () -> request.renew(alice, bruno, "Encore ?", NOW)).messageKey());
        request.renew(bruno, alice, "Finalement, oui", NOW);
        assertEquals(ContactStatus.PENDING, request.getStatus());
        assertTrue(request.isFrom(bruno));
        assertThrows(ContactRefusedException.class, () -> new ContactRequest(alice, alice, null, NOW));
        assertThrows(ContactRefusedException.class, () -> new ContactRequest(alice, bruno, "x".repeat(501), NOW));
    }

    @Test
    void eachVisibilityHasItsAudience() {
        assertFalse(FieldVisibility.NOBODY.shownTo(true, true));
        assertTrue(FieldVisibility.CONNECTIONS.shownTo(true, false));
        assertFalse(FieldVisibility.CONNECTIONS.shownTo(false, true));
        assertTrue(FieldVisibility.COMMUNITIES.shownTo(false, true));
        assertTrue(FieldVisibility.COMMUNITIES.shownTo(true, false));
        assertFalse(FieldVisibility.COMMUNITIES.shownTo(false, false));
    }

    private static Account account(long id) {
        try {
            var constructor = Account.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Account account = constructor.newInstance();
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
