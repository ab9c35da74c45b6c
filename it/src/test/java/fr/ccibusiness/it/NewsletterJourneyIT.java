package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.pages.NewsletterEditorPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An animator in a real browser: writes, previews, sends a test, schedules, and watches the dispatch reach 100 %. */
class NewsletterJourneyIT extends PlatformIT {

    @AfterEach
    void putTheClockBack() {
        shiftClock(0);
    }

    @Test
    void anAnimatorWritesPreviewsTestsSchedulesAndWatchesTheProgressBar() {
        long community = Db.community("SECTOR", "OPEN", "Journal");
        String animatorEmail = newEmail();
        registerConfirmed(new WebClient(), animatorEmail, "Plume", "Agathe");
        long animator = Db.accountId(animatorEmail);
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'animator')", animator);
        Db.update("INSERT INTO app.community_animator (community_id, account_id) VALUES (?, ?)", community, animator);
        String prefix = "nj" + UUID.randomUUID().toString().substring(0, 8);
        Db.subscribers(community, prefix, 40, "fr");
        String subject = "Rencontres d’affaires " + prefix;

        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-refuse");
            LoginPage.open(browser).signIn(animatorEmail, PASSWORD);
            NewsletterEditorPage editor = NewsletterEditorPage.openNew(browser, community)
                    .write(subject, "Inscrivez-vous avant vendredi.");
            String saved = editor.save();
            assertTrue(saved.contains("enregistrée"), saved);

            String text = editor.previewText();
            assertTrue(text.startsWith("Bonjour Agathe"), text);
            assertTrue(text.contains("Inscrivez-vous avant vendredi.") && text.contains("Me désabonner"), text);
            assertTrue(editor.previewHtml().contains("Inscrivez-vous avant vendredi."));

            assertTrue(editor.sendTest().contains("test vous a été envoyé"));
            assertEquals("[TEST] " + subject, Mailbox.subject(mailbox.await(animatorEmail, 2)));

            String inAnHour = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusHours(1)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            assertTrue(editor.scheduleAt(inAnHour).contains("programmée"));
            assertTrue(editor.status().startsWith("Programmée"), editor.status());

            shiftClock(1);
            String progress = editor.progressWhenDone();
            assertTrue(progress.contains("100"), progress);
            assertTrue(editor.counts().startsWith("40 envoyée(s) sur 40"), editor.counts());
        }
        assertEquals(subject, Mailbox.subject(mailbox.await(prefix + "-40@example.org", 1)));
    }
}
