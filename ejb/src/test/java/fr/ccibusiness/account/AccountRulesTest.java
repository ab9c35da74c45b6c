package fr.ccibusiness.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aNewAccountIsAnUnconfirmedMemberWithANormalisedLogin() {
        Account account = Account.register("  Camille.Durand@Example.FR ", "hash", Locale.GERMAN, NOW);

        assertEquals("camille.durand@example.fr", account.getEmail());
        assertEquals(AccountStatus.PENDING_VERIFICATION, account.getStatus());
        assertEquals(Set.of(Role.MEMBER), account.getRoles());
        assertEquals("fr", account.getLocale().getLanguage(), "unsupported languages fall back to French");
        assertFalse(account.isActive());

        account.confirmEmail(NOW.plusSeconds(5));
        assertTrue(account.isActive());
        assertEquals(NOW.plusSeconds(5), account.getVerifiedAt());
    }

    @Test
    void anInvalidAddressIsRefused() {
        assertThrows(InvalidEmailException.class, () -> Account.register("pas-une-adresse", "h", Locale.FRENCH, NOW));
        assertFalse(EmailAddress.isValid("a@b"));
        assertFalse(EmailAddress.isValid("<script>@x.fr"));
        assertFalse(EmailAddress.isValid("x".repeat(250) + "@ex.fr"));
        assertTrue(EmailAddress.isValid("prenom.nom+cci@sous.domaine.fr"));
    }

    @Test
    void namesAreTrimmedRequiredAndBounded() {
        Account account = Account.register("a@example.fr", "h", Locale.FRENCH, NOW);
        Member member = new Member(account, "  Durand ", "Zoé");

        assertEquals("Durand", member.getLastName());
        assertThrows(InvalidNameException.class, () -> member.rename(" ", "Zoé"));
        assertThrows(InvalidNameException.class, () -> member.rename("x".repeat(Member.NAME_MAX + 1), "Zoé"));
        assertThrows(InvalidNameException.class, () -> member.rename("Du\u0000rand", "Zoé"));
        member.rename("<b>Durand</b>", "Zoé");
        assertEquals("<b>Durand</b>", member.getLastName(), "kept as typed: pages escape it");
    }

    @Test
    void passwordsNeedTwelveToOneHundredTwentyEightCharacters() {
        assertFalse(PasswordRules.isAcceptable("onze caract"));
        assertTrue(PasswordRules.isAcceptable("douze caract"));
        assertFalse(PasswordRules.isAcceptable(" ".repeat(20)));
        assertFalse(PasswordRules.isAcceptable("x".repeat(129)));
        assertThrows(WeakPasswordException.class, () -> PasswordRules.check("court"));
    }

    @Test
    void aTokenIsValidOnceForItsPurposeUntilItExpires() {
        Account account = Account.register("a@example.fr", "h", Locale.FRENCH, NOW);
        AccountToken token = AccountToken.issue(account, TokenPurpose.VERIFY_EMAIL, NOW).token();

        assertEquals(TokenState.VALID, token.stateFor(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(47))));
        assertEquals(TokenState.EXPIRED, token.stateFor(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(48))));
        assertEquals(TokenState.INVALID, token.stateFor(TokenPurpose.RESET_PASSWORD, NOW));

        token.use(NOW);
        assertEquals(TokenState.INVALID, token.stateFor(TokenPurpose.VERIFY_EMAIL, NOW));
        assertThrows(IllegalStateException.class, () -> token.use(NOW));
        assertEquals(Duration.ofHours(1), TokenPurpose.RESET_PASSWORD.validity());
    }
}
