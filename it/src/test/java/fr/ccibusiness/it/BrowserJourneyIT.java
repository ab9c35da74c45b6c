package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.AccountPage;
import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.DeleteAccountPage;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.pages.RegisterPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.PlatformIT;
import org.junit.jupiter.api.Test;

/** A person's whole first visit, in a real browser: register, confirm, sign in, English, delete. */
class BrowserJourneyIT extends PlatformIT {

    @Test
    void registerConfirmSignInSwitchToEnglishAndDeleteTheAccount() {
        String email = newEmail();
        try (Browser browser = new Browser("fr")) {
            String done = RegisterPage.open(browser)
                    .fillIn("Lemaire", "Adèle", email, PASSWORD)
                    .acceptPolicy()
                    .submit();
            assertTrue(done.contains("Vérifiez votre boîte e-mail"), done);

            browser.open(Mailbox.link(mailbox.await(email, 1)));
            assertTrue(browser.text("confirm-result").contains("votre adresse est confirmée"));

            AccountPage account = LoginPage.open(browser).signIn(email, PASSWORD);
            assertEquals("Mon compte", account.heading());
            assertTrue(account.signedInAs().contains("Adèle Lemaire"));
            assertTrue(account.email().startsWith(email));

            account.switchToEnglish();
            assertEquals("My account", account.heading());
            assertEquals("en", browser.language());

            DeleteAccountPage delete = account.askToDelete();
            assertEquals("Delete my account", delete.heading());
            String notice = delete.confirmWith(PASSWORD);
            assertTrue(notice.contains("have been deleted"), notice);
            assertEquals("/index.xhtml", browser.path());
        }
        assertNull(Db.accountId(email));
        assertEquals("Your CCI Business account was deleted", Mailbox.subject(mailbox.await(email, 2)));
    }
}
