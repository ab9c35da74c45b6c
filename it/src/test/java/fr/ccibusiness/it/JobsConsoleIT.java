package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The administrators' console of the batch jobs: every job of the sources is on it (and alerts on
 * failure); a run that fails (a database refusal) stands out, is e-mailed to the administrators, and
 * restarts from the console once the cause is gone; in a browser, a run started from the console is
 * watched to the end of its progress bar.
 */
class JobsConsoleIT extends PlatformIT {

    private static final Path JOBS = Path.of("..", "batch", "src", "main", "resources", "META-INF", "batch-jobs");

    @Test
    void everyJobOfTheSourcesIsOnTheConsoleAndAlertsTheAdministratorsWhenItFails() throws Exception {
        WebClient admin = signedInWithRole("admin");
        Page console = admin.get("/admin/jobs.xhtml");
        assertEquals(200, console.status());
        List<Path> files;
        try (Stream<Path> found = Files.list(JOBS)) {
            files = found.filter(f -> f.toString().endsWith(".xml")).toList();
        }
        assertTrue(files.size() >= 2, "jobs found under " + JOBS.toAbsolutePath());
        for (Path file : files) {
            String xml = Files.readString(file);
            Matcher id = Pattern.compile("<job id=\"([^\"]+)\"").matcher(xml);
            assertTrue(id.find(), file.toString());
            assertNotNull(console.doc().getElementById("job-" + id.group(1)), id.group(1) + " is on the console");
            assertTrue(xml.contains("<listener ref=\"failedRunAlert\"/>"), id.group(1) + " e-mails the administrators when it fails");
        }
        assertEquals(404, signedInWithRole("cci-staff").get("/admin/jobs.xhtml").status());
    }

    @Test
    void aFailedRunStandsOutIsMailedAndRestartsFromTheConsoleOnceTheCauseIsGone() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Console", "Alice");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        WebClient admin = personSignedIn(email).web();
        String address = "203.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        Db.update("INSERT INTO app.connection_log (occurred_at, address, outcome) VALUES (now() - interval '13 months', ?, 'SUCCESS')",
                address);
        String trigger = "it_refuse_" + UUID.randomUUID().toString().substring(0, 8);
        Db.update("CREATE FUNCTION app." + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'refused by the test'; END $$");
        Db.update("CREATE TRIGGER " + trigger + " BEFORE DELETE ON app.connection_log FOR EACH ROW EXECUTE FUNCTION app." + trigger + "()");
        try {
            Page started = admin.submit(admin.get("/admin/jobs.xhtml"), "jobs", Map.of(), "jobs:list:0:start");
            assertTrue(started.globalMessages().contains("Le traitement est lancé"), started.mainText());
            long execution = latestRetentionExecution();
            Poll.until(() -> "FAILED".equals(status(execution)), Duration.ofSeconds(60), "the run to fail");
            Element row = admin.get("/admin/jobs.xhtml").doc().selectFirst("tr[data-execution=" + execution + "]");
            assertNotNull(row);
            assertTrue(row.hasClass("failed") && row.text().contains("Échec"), row.outerHtml());
            String mail = Mailbox.part(mailbox.awaitSubject(email, "Échec du traitement « retention » (exécution n° " + execution
                    + ") — CCI Business"), "text/plain");
            assertTrue(mail.contains("/admin/jobs.xhtml"), mail);
        } finally {
            Db.update("DROP TRIGGER " + trigger + " ON app.connection_log");
            Db.update("DROP FUNCTION app." + trigger + "()");
        }
        long failed = latestRetentionExecution();
        Page console = admin.get("/admin/jobs.xhtml");
        String restartButton = console.doc().selectFirst("tr[data-execution=" + failed + "] button[id$=':restart']").id();
        Page restarted = admin.submit(console, "jobs", Map.of(), restartButton);
        assertTrue(restarted.globalMessages().contains("reprend depuis son dernier point de reprise"), restarted.mainText());
        Poll.until(() -> latestRetentionExecution() > failed && "COMPLETED".equals(status(latestRetentionExecution())),
                Duration.ofSeconds(60), "the restarted run to complete");
        assertEquals(0, Db.count("SELECT count(*) FROM app.connection_log WHERE address = ?", address), "the failed step done");
        Page after = admin.get("/admin/jobs.xhtml");
        Element done = after.doc().selectFirst("tr[data-execution=" + latestRetentionExecution() + "]");
        assertTrue(done.text().contains("Terminée") && done.text().contains("100 %"), done.text());
        assertFalse(done.hasClass("failed"));
    }

    @Test
    void anAdministratorStartsTheRetentionJobAndWatchesItsProgressBarReachTheEnd() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Navigateur", "Bruno");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'admin')", Db.accountId(email));
        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-refuse");
            LoginPage.open(browser).signIn(email, PASSWORD);
            browser.open("/admin/jobs.xhtml");
            // With the keyboard alone: Tab from the top of the page to the first job's button, Enter starts it.
            List<String> path = new java.util.ArrayList<>(browser.tabTo("jobs:list:0:start", 60));
            assertEquals("jobs:list:0:start", browser.focused(), "the start button is reached by Tab: " + path);
            String trigger = slowPurge();
            try {
                browser.enterAndWaitForPage();
                assertTrue(browser.text("page-messages").contains("Le traitement est lancé"));
                // While it runs, the console is re-rendered every two seconds: the run's summary, opened, stays open.
                String steps = "steps-" + latestRetentionExecution();
                browser.waitFor("the run's summary", () -> browser.has(steps));
                browser.script("document.getElementById(arguments[0]).click();"
                        + " document.getElementById(arguments[0]).parentElement.dataset.before = 'update'", steps);
                browser.waitFor("the console's next update", () -> Boolean.TRUE.equals(browser.script(
                        "var s = document.getElementById(arguments[0]); return s != null && !s.parentElement.dataset.before", steps)));
                assertEquals(Boolean.TRUE, browser.script("return document.getElementById(arguments[0]).parentElement.open", steps),
                        "the summary opened before the update is open after it");
            } finally {
                Db.update("DROP TRIGGER " + trigger + " ON app.connection_log");
                Db.update("DROP FUNCTION app." + trigger + "()");
            }
            browser.waitForText("jobs:list:0:runs:0:bar", text -> text.contains("100 %"), Duration.ofSeconds(90));
            assertTrue(browser.find("job-retention").getText().contains("Terminée"));
            browser.script("document.querySelector('#job-retention details').open = false");
            // The run's summary is reached by Tab and opened by Enter.
            browser.script("document.getElementById('title-retention').setAttribute('tabindex', '-1');"
                    + " document.getElementById('title-retention').focus()");
            String summary = "steps-" + latestRetentionExecution();
            path.addAll(browser.tabTo(summary, 10));
            assertEquals(summary, browser.focused(), "the run's summary is reached by Tab: " + path);
            browser.keys(org.openqa.selenium.Keys.ENTER);
            assertEquals(Boolean.TRUE, browser.script("return document.activeElement.parentElement.open"), "Enter opens the summary");
            assertTrue(browser.find("job-retention").getText().contains("connection-logs"), browser.find("job-retention").getText());
            assertTrue(path.stream().noneMatch(step -> step.contains("focus not visible")), "every step shows its focus: " + path);
        }
    }

    /** A purge of the connection log that takes a few seconds (a trigger waits on a row 13 months old); the trigger's name. */
    private static String slowPurge() {
        Db.update("INSERT INTO app.connection_log (occurred_at, address, outcome) VALUES (now() - interval '13 months', '198.51.100.7',"
                + " 'SUCCESS')");
        String trigger = "it_slow_" + UUID.randomUUID().toString().substring(0, 8);
        Db.update("CREATE FUNCTION app." + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " PERFORM pg_sleep(6); RETURN OLD; END $$");
        Db.update("CREATE TRIGGER " + trigger + " BEFORE DELETE ON app.connection_log FOR EACH ROW EXECUTE FUNCTION app." + trigger + "()");
        return trigger;
    }

    private static long latestRetentionExecution() {
        return ((Number) Db.single("SELECT max(e.jobexecutionid) FROM public.job_execution e JOIN public.job_instance i"
                + " ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = 'retention'")).longValue();
    }

    private static String status(long execution) {
        return (String) Db.single("SELECT batchstatus FROM public.job_execution WHERE jobexecutionid = ?", execution);
    }
}
