package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Mon compte" and the forgotten password: every change through the real pages, checked in the tables. */
class MyAccountIT extends PlatformIT {

    private static final String NEW_PASSWORD = "Un tout autre mot de passe";

    @Test
    void aForgottenPasswordIsResetOnceThroughAnExpiringLink() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Mercier", "Hugo");

        Page unknown = requestReset(web, newEmail());
        Page known = requestReset(web, email);
        assertEquals(unknown.globalMessages(), known.globalMessages(), "the answer reveals nothing");
        assertTrue(known.globalMessages().contains("Si un compte existe pour cette adresse"));

        String link = Mailbox.link(mailbox.await(email, 2));
        Page form = web.get(link);
        Page weak = web.submit(form, "reset", Map.of("reset:password", "court", "reset:passwordAgain", "court"), "reset:submit");
        assertEquals("Le mot de passe doit contenir entre 12 et 128 caractères.", weak.messageFor("reset:password"));
        Page done = web.submit(weak, "reset", Map.of("reset:password", NEW_PASSWORD, "reset:passwordAgain", NEW_PASSWORD),
                "reset:submit");
        assertTrue(done.globalMessages().contains("Votre mot de passe a été modifié"), done.mainText());

        assertEquals("/login.xhtml", signIn(new WebClient(), email, PASSWORD).path(), "the old password is gone");
        assertEquals("/account/index.xhtml", signIn(new WebClient(), email, NEW_PASSWORD).path());
        assertTrue(web.get(link).text("reset-problem").contains("déjà été utilisé"), "single use");

        requestReset(web, email);
        String expiring = Mailbox.link(mailbox.await(email, 4));
        Db.update("UPDATE app.account_token SET expires_at = now() - interval '1 second' WHERE account_id = ?"
                + " AND purpose = 'RESET_PASSWORD' AND used_at IS NULL", Db.accountId(email));
        assertTrue(web.get(expiring).text("reset-problem").contains("Ce lien a expiré"));
    }

    @Test
    void namesAndPasswordAreChangedFromMyAccount() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Lambert", "Eva");
        Page account = signIn(web, email, PASSWORD);

        Page empty = web.submit(account, "names", Map.of("names:lastName", ""), "names:save");
        assertEquals("Ce champ est obligatoire.", empty.messageFor("names:lastName"));
        Page renamed = web.submit(empty, "names", Map.of("names:lastName", "Lambert-Roy", "names:firstName", "Éva"),
                "names:save");
        assertTrue(renamed.globalMessages().contains("enregistrées"));
        assertTrue(renamed.text("signed-in-as").contains("Éva Lambert-Roy"));

        Page passwordForm = web.get("/account/password.xhtml");
        Page wrong = web.submit(passwordForm, "password", Map.of("password:currentPassword", "pas le bon du tout",
                "password:newPassword", NEW_PASSWORD, "password:newPasswordAgain", NEW_PASSWORD), "password:submit");
        assertEquals("Ce mot de passe n’est pas le bon.", wrong.messageFor("password:currentPassword"));
        Page changed = web.submit(wrong, "password", Map.of("password:currentPassword", PASSWORD,
                "password:newPassword", NEW_PASSWORD, "password:newPasswordAgain", NEW_PASSWORD), "password:submit");
        assertEquals("/account/index.xhtml", changed.path());
        assertEquals("Votre mot de passe a été modifié — CCI Business", Mailbox.subject(mailbox.await(email, 2)));
        assertEquals("/account/index.xhtml", signIn(new WebClient(), email, NEW_PASSWORD).path());
    }

    @Test
    void aNewAddressAppliesOnlyOnceConfirmedFromItsMailbox() {
        WebClient web = new WebClient();
        String email = newEmail();
        String other = newEmail();
        registerConfirmed(web, email, "Chevalier", "Lina");
        signIn(web, email, PASSWORD);

        Page form = web.get("/account/email.xhtml");
        Page wrong = web.submit(form, "email", Map.of("email:newEmail", other, "email:currentPassword", "faux faux faux"),
                "email:submit");
        assertEquals("Ce mot de passe n’est pas le bon.", wrong.messageFor("email:currentPassword"));
        Page sent = web.submit(wrong, "email", Map.of("email:newEmail", other, "email:currentPassword", PASSWORD),
                "email:submit");
        assertTrue(sent.globalMessages().contains(other), sent.mainText());
        assertEquals(email, Db.single("SELECT email FROM app.account WHERE id = ?", Db.accountId(email)),
                "not changed before confirmation");
        assertTrue(Mailbox.subject(mailbox.await(email, 2)).startsWith("Changement d’adresse demandé"));

        Page confirmed = web.get(Mailbox.link(mailbox.await(other, 1)));
        assertTrue(confirmed.text("confirm-result").contains("nouvelle adresse est confirmée"), confirmed.mainText());
        assertEquals("Connexion", web.get("/account/index.xhtml").h1(), "the old session ends");
        assertEquals("/login.xhtml", signIn(new WebClient(), email, PASSWORD).path());
        assertEquals("/account/index.xhtml", signIn(new WebClient(), other, PASSWORD).path());
    }

    @Test
    void deletingMyAccountErasesEveryRowAboutMeAtOnce() {
        WebClient web = new WebClient();
        String email = newEmail();
        signIn(new WebClient(), email, "avant de s’inscrire");
        registerConfirmed(web, email, "Dupuis-Effacé", "Maël");
        signIn(new WebClient(), email, "mauvais mot de passe");
        signIn(web, email, PASSWORD);
        long id = Db.accountId(email);
        requestReset(new WebClient(), email);
        mailbox.await(email, 2); // the link leaves a moment after the answer (RequestedLinks)
        Object key = Db.single("SELECT email_key FROM app.connection_log WHERE account_id = ? LIMIT 1", id);
        assertEquals(2, Db.count("SELECT (SELECT count(*) FROM app.connection_log WHERE email_key = ? AND account_id IS NULL)"
                + " + (SELECT count(*) FROM app.link_request WHERE email_key = ?)", key, key),
                "an attempt before registering and a link request, kept under the address's key");

        Page form = web.get("/account/delete.xhtml");
        Page wrong = web.submit(form, "delete", Map.of("delete:currentPassword", "pas le bon du tout"), "delete:submit");
        assertEquals("Ce mot de passe n’est pas le bon.", wrong.messageFor("delete:currentPassword"));
        assertEquals(id, Db.accountId(email), "nothing deleted on a wrong password");

        Page home = web.submit(wrong, "delete", Map.of("delete:currentPassword", PASSWORD), "delete:submit");

        assertEquals("/index.xhtml", home.path());
        assertTrue(home.text("deleted-notice").contains("ont été supprimés"));
        assertEquals(List.of(), rowsMentioning(id, email, "Dupuis-Effacé"));
        assertEquals(0, Db.count("SELECT (SELECT count(*) FROM app.connection_log WHERE email_key = ?)"
                + " + (SELECT count(*) FROM app.link_request WHERE email_key = ?)", key, key), "nothing left under the address's key");
        assertEquals("Votre compte CCI Business a été supprimé", Mailbox.subject(mailbox.await(email, 3)));
        assertEquals("Connexion", web.get("/account/index.xhtml").h1(), "signed out");
        assertEquals("/login.xhtml", signIn(new WebClient(), email, PASSWORD).path());
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Robin", "Axel");
        Page account = signIn(web, email, PASSWORD);

        Map<String, String> forged = new HashMap<>(Map.of("names", "names", "names:lastName", "Pirate",
                "names:firstName", "Pirate", "names:save", ""));
        forged.put("jakarta.faces.ViewState", "-123456789:987654321");
        Page refused = web.post("/account/index.xhtml", forged);

        assertTrue(refused.h1().contains("Page expirée"), refused.mainText());
        assertEquals("Robin", Db.single("SELECT last_name FROM app.member WHERE account_id = ?", Db.accountId(email)));
        assertEquals("Robin", web.get("/account/index.xhtml").valueOf("names:lastName"));
        assertTrue(account.doc().select("form#names input[name=jakarta.faces.ViewState]").attr("value").length() > 20,
                "every form carries an unguessable view state");
    }

    @Test
    void theEnglishChoiceIsKeptForThePagesAndTheMails() {
        WebClient web = new WebClient();
        String email = newEmail();
        registerConfirmed(web, email, "Fontaine", "Sacha");
        Page account = signIn(web, email, PASSWORD);
        assertEquals("Mon compte", account.h1());

        Page english = web.get(account.doc().getElementById("lang-en").attr("href"));
        assertEquals("My account", english.h1());
        assertEquals("en", english.doc().selectFirst("html").attr("lang"));
        assertEquals("en", Db.single("SELECT language FROM app.account WHERE email = ?", email));

        requestReset(new WebClient(), email);
        assertEquals("Reset your password — CCI Business", Mailbox.subject(mailbox.await(email, 2)));
    }

    private static Page requestReset(WebClient web, String email) {
        Page form = web.get("/forgot-password.xhtml");
        return web.submit(form, "forgot", Map.of("forgot:email", email), "forgot:submit");
    }

    /** Every column of the application that still holds the person's id, or their address or name in a value. */
    private static List<String> rowsMentioning(long accountId, String email, String name) {
        List<String> found = new ArrayList<>();
        for (Object table : Db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'app'"
                + " AND table_type = 'BASE TABLE'")) {
            for (Object column : Db.column("SELECT column_name FROM information_schema.columns WHERE table_schema = 'app'"
                    + " AND table_name = ?", table)) {
                String sql = "SELECT count(*) FROM app." + table + " WHERE ";
                long hits = column.toString().equals("account_id") || (table.equals("account") && column.equals("id"))
                        ? Db.count(sql + column + " = ?", accountId)
                        : Db.count(sql + "strpos(CAST(" + column + " AS text), ?) > 0 OR strpos(CAST(" + column
                                + " AS text), ?) > 0", email, name);
                if (hits > 0) {
                    found.add(table + "." + column);
                }
            }
        }
        return found;
    }
}
