package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration, e-mail confirmation, sign-in and its throttling, through the real pages and realm. */
class AccountLifecycleIT extends PlatformIT {

    @Test
    void registrationSendsALinkThatActivatesTheAccount() {
        WebClient web = new WebClient();
        String email = newEmail();

        Page answer = register(web, email, "Lefèvre", "Élodie", PASSWORD, PASSWORD, true);
        assertTrue(answer.text("register-done").contains("Vérifiez votre boîte e-mail"), answer.mainText());
        assertEquals("PENDING_VERIFICATION", Db.single("SELECT status FROM app.account WHERE email = ?", email));
        assertEquals(1, Db.count("SELECT count(*) FROM app.consent c JOIN app.policy_version p ON p.id = c.policy_version_id"
                + " JOIN app.account a ON a.id = c.account_id WHERE a.email = ? AND p.label = 'test-1'", email));

        MimeMessage mail = mailbox.await(email, 1);
        assertTrue(Mailbox.subject(mail).startsWith("Confirmez votre adresse e-mail"));
        assertTrue(Mailbox.part(mail, "text/plain").contains("Bonjour Élodie"));
        assertTrue(Mailbox.part(mail, "text/html").contains("Confirmer mon adresse"));

        Page confirmed = web.get(Mailbox.link(mail));
        assertTrue(confirmed.text("confirm-result").contains("votre adresse est confirmée"), confirmed.mainText());
        assertEquals("ACTIVE", Db.single("SELECT status FROM app.account WHERE email = ?", email));

        Page account = signIn(web, email, PASSWORD);
        assertEquals("/account/index.xhtml", account.path());
        assertEquals(email, account.text("account-email").split(" ")[0]);
        assertTrue(account.text("account-consent").contains("version test-1"), account.text("account-consent"));
        assertTrue(account.text("signed-in-as").contains("Élodie Lefèvre"));
    }

    @Test
    void aSecondRegistrationOfAnAddressRevealsNothingAndCreatesNothing() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Martin", "Paul");

        Page answer = register(new WebClient(), email.toUpperCase(), "Intrus", "Ivan", PASSWORD, PASSWORD, true);

        assertTrue(answer.text("register-done").contains("Vérifiez votre boîte e-mail"));
        assertEquals(1, Db.count("SELECT count(*) FROM app.account WHERE email = ?", email));
        assertEquals("Martin", Db.single("SELECT m.last_name FROM app.member m JOIN app.account a ON a.id = m.account_id"
                + " WHERE a.email = ?", email));
        assertEquals("Votre compte CCI Business existe déjà", Mailbox.subject(mailbox.await(email, 2)));
    }

    @Test
    void badInputIsRefusedNextToTheFieldAndKeepsWhatWasTyped() {
        WebClient web = new WebClient();
        String email = newEmail();

        Page weak = register(web, email, "Durand", "Anne", "court", "court", true);
        assertEquals("Le mot de passe doit contenir entre 12 et 128 caractères.", weak.messageFor("register:password"));
        assertEquals("Durand", weak.valueOf("register:lastName"));
        assertEquals(email, weak.valueOf("register:email"));

        Page mismatch = register(web, email, "Durand", "Anne", PASSWORD, PASSWORD + "x", true);
        assertEquals("Les deux mots de passe ne sont pas identiques.", mismatch.messageFor("register:passwordAgain"));

        Page noConsent = register(web, email, "Durand", "Anne", PASSWORD, PASSWORD, false);
        assertTrue(noConsent.messageFor("register:consent").contains("accepter la politique"), noConsent.mainText());

        Page badEmail = register(web, "pas-une-adresse", "Durand", "Anne", PASSWORD, PASSWORD, true);
        assertEquals("Cette adresse e-mail n’est pas valide.", badEmail.messageFor("register:email"));

        // A browser stops at the field's maxlength; a forged longer value is cut to it by PrimeFaces.
        Page tooLong = register(web, email, "D".repeat(5000), "", PASSWORD, PASSWORD, true);
        assertEquals("D".repeat(100), tooLong.valueOf("register:lastName"));
        assertEquals("Ce champ est obligatoire.", tooLong.messageFor("register:firstName"));

        assertNull(Db.accountId(email), "nothing is saved while the form is refused");
        assertTrue(mailbox.to(email).isEmpty());
    }

    @Test
    void markupInANameIsStoredAsTypedAndShownEscaped() {
        WebClient web = new WebClient();
        String email = newEmail();
        String name = "<script>alert('x')</script><b>Gras</b>";
        registerConfirmed(web, email, name, "Zoé");

        assertEquals(name, Db.single("SELECT m.last_name FROM app.member m JOIN app.account a ON a.id = m.account_id"
                + " WHERE a.email = ?", email));
        Page account = signIn(web, email, PASSWORD);
        assertEquals(name, account.valueOf("names:lastName"));
        assertTrue(account.text("signed-in-as").contains(name), "shown as text");
        assertFalse(account.body().contains("<script>alert('x')"), "never as markup");
        assertTrue(Mailbox.part(mailbox.await(email, 1), "text/html").contains("Zoé"));
    }

    @Test
    void anExpiredOrReusedLinkDoesNotConfirmAndANewOneCanBeAsked() {
        WebClient web = new WebClient();
        String email = newEmail();
        register(web, email, "Petit", "Louis", PASSWORD, PASSWORD, true);
        String firstLink = Mailbox.link(mailbox.await(email, 1));
        Db.update("UPDATE app.account_token SET expires_at = now() - interval '1 minute'"
                + " WHERE account_id = ?", Db.accountId(email));

        assertTrue(web.get(firstLink).text("confirm-result").contains("Ce lien a expiré"));
        assertEquals("PENDING_VERIFICATION", Db.single("SELECT status FROM app.account WHERE email = ?", email));

        Page resend = web.get("/resend-verification.xhtml");
        Page sent = web.submit(resend, "resend", Map.of("resend:email", email), "resend:submit");
        assertTrue(sent.globalMessages().contains("un nouveau lien vient d’y être envoyé"), sent.mainText());
        String secondLink = Mailbox.link(mailbox.await(email, 2));
        assertNotEquals(firstLink, secondLink);

        assertTrue(web.get(secondLink).text("confirm-result").contains("votre adresse est confirmée"));
        assertTrue(web.get(secondLink).text("confirm-result").contains("déjà été utilisé"), "single use");
        assertTrue(web.get("/confirm-email.xhtml?token=forged").text("confirm-result").contains("n’est pas valide"));
    }

    @Test
    void anUnconfirmedAccountCannotSignInAndIsToldWhyOnlyWithItsPassword() {
        WebClient web = new WebClient();
        String email = newEmail();
        register(web, email, "Roux", "Inès", PASSWORD, PASSWORD, true);

        Page right = signIn(web, email, PASSWORD);
        assertEquals("/login.xhtml", right.path());
        assertTrue(right.globalMessages().contains("pas encore confirmée"), right.mainText());
        assertTrue(right.text("login:unverified-help").contains("nouveau lien"));

        Page wrong = signIn(web, email, "pas le bon mot de passe");
        assertEquals("Adresse e-mail ou mot de passe incorrect.", wrong.globalMessages());
        assertEquals(List.of("UNVERIFIED", "BAD_CREDENTIALS"), Db.column("SELECT outcome FROM app.connection_log"
                + " WHERE account_id = ? ORDER BY id", Db.accountId(email)));
    }

    @Test
    void signInChangesTheSessionIdAndLogsTheConnection() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Morel", "Jade");
        web.get("/login.xhtml");
        String before = web.cookie("JSESSIONID").orElseThrow().getValue();

        Page account = signIn(web, email, PASSWORD);

        assertEquals("/account/index.xhtml", account.path());
        assertNotEquals(before, web.cookie("JSESSIONID").orElseThrow().getValue());
        String setCookie = String.join("\n", new WebClient().get("/login.xhtml").headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        assertEquals(List.of("SUCCESS"), Db.column("SELECT outcome FROM app.connection_log WHERE account_id = ?",
                Db.accountId(email)));
        assertEquals("127.0.0.1", Db.single("SELECT address FROM app.connection_log WHERE account_id = ?",
                Db.accountId(email)));
    }

    @Test
    void aProtectedPageAsksToSignInThenOpensAndSignOutCloses() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Blanc", "Noé");

        Page asked = web.get("/account/password.xhtml");
        assertEquals("Connexion", asked.h1());
        Page target = web.submit(asked, "login", Map.of("login:email", email, "login:password", PASSWORD), "login:submit");
        assertEquals("/account/password.xhtml", target.path());

        Page home = web.submit(target, "header", Map.of(), "header:logout");
        assertEquals("/index.xhtml", home.path());
        assertEquals("Connexion", web.get("/account/index.xhtml").h1());
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenWithTheRightPassword() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Faure", "Léon");

        for (int i = 0; i < 5; i++) {
            assertEquals("Adresse e-mail ou mot de passe incorrect.", signIn(web, email, "mauvais " + i).globalMessages());
        }
        Page refused = signIn(web, email, PASSWORD);

        assertEquals("/login.xhtml", refused.path());
        assertTrue(refused.globalMessages().startsWith("Trop de tentatives de connexion"), refused.globalMessages());
        assertEquals(List.of("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                "BAD_CREDENTIALS", "THROTTLED"), Db.column("SELECT outcome FROM app.connection_log WHERE account_id = ?"
                + " ORDER BY id", Db.accountId(email)));

        Db.forgetFailedSignIns();
        assertEquals("/account/index.xhtml", signIn(web, email, PASSWORD).path(), "the block ends with its failures");
    }

    @Test
    void repeatedFailuresFromOneAddressThrottleEveryAccountFromIt() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Garnier", "Rose");

        for (int i = 0; i < 20; i++) {
            signIn(web, "inconnu-" + i + "@example.org", "mauvais mot de passe");
        }
        Page refused = signIn(web, email, PASSWORD);

        assertTrue(refused.globalMessages().startsWith("Trop de tentatives de connexion"), refused.globalMessages());
        assertEquals(20, Db.count("SELECT count(*) FROM app.connection_log WHERE account_id IS NULL"
                + " AND outcome = 'BAD_CREDENTIALS' AND address = '127.0.0.1'"));
    }

    @Test
    void aNewVersionOfThePolicyIsAskedAgainAtTheNextSignInBeforeAnythingElse() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Nouvelle", "Version");
        long account = Db.accountId(email);
        String label = "v-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Db.update("INSERT INTO app.policy_version (label, published_on, text_fr, text_en, created_at)"
                + " VALUES (?, CURRENT_DATE, '<p>Nouvelle version ' || ? || '.</p>', '<p>New version.</p>', now())", label, label);

        try {
            WebClient web = new WebClient();
            Page landed = signIn(web, email, PASSWORD);

            assertEquals("/account/consent.xhtml", landed.path());
            assertTrue(landed.text("consent-intro").contains(label), landed.mainText());
            assertTrue(landed.text("policy-text").contains("Nouvelle version " + label));
            assertEquals("/account/consent.xhtml", web.get("/account/index.xhtml").path(), "nothing else before an answer");
            assertEquals("/account/consent.xhtml", web.get("/directory.xhtml").path());
            assertEquals(200, web.get("/privacy.xhtml").status());

            Page refused = web.submit(web.get("/account/consent.xhtml"), "consent", Map.of(), "consent:accept");
            assertTrue(refused.messageFor("consent:agree").contains("Cochez la case"), refused.mainText());
            assertEquals(1, Db.count("SELECT count(*) FROM app.consent WHERE account_id = ?", account));

            Page accepted = web.submit(refused, "consent", Map.of("consent:agree", "on"), "consent:accept");
            assertEquals("/account/index.xhtml", accepted.path());
            assertTrue(accepted.globalMessages().contains("acceptation est enregistrée"), accepted.mainText());
            assertEquals(label, Db.single("SELECT p.label FROM app.consent c JOIN app.policy_version p ON p.id = c.policy_version_id"
                    + " WHERE c.account_id = ? ORDER BY c.given_at DESC, c.id DESC LIMIT 1", account));
            assertEquals("/directory.xhtml", web.get("/directory.xhtml").path());

            WebClient again = new WebClient();
            assertEquals("/account/index.xhtml", signIn(again, email, PASSWORD).path(), "asked once per version");
        } finally {
            // The other tests expect the test policy to stay the current one.
            Db.update("DELETE FROM app.consent WHERE policy_version_id = (SELECT id FROM app.policy_version WHERE label = ?)", label);
            Db.update("DELETE FROM app.policy_version WHERE label = ?", label);
        }
    }
}
