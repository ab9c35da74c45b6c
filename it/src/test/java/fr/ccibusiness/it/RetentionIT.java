package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Buyers;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.StoredFiles;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retention job (policy article 3), run from its console by an administrator, with "now" moved
 * by the test clock: unconfirmed registrations, accounts in no community (warned, then deleted with
 * every row of every feature), old connection logs, and a run stopped mid-chunk then resumed.
 */
class RetentionIT extends PlatformIT {

    private static WebClient admin;

    @BeforeAll
    static void signInAdministrator() {
        admin = signedInWithRole("admin");
    }

    @AfterEach
    void putTheClockBack() {
        shiftClock(0);
    }

    @Test
    void anUnconfirmedRegistrationIsRemovedAfterSevenDays() {
        String email = newEmail();
        register(new WebClient(), email, "Lenoir", "Hugo", PASSWORD, PASSWORD, true);
        long id = Db.accountId(email);
        WebClient visitor = new WebClient();
        visitor.submit(visitor.get("/rights.xhtml"), "rights", Map.of("rights:kind", "ACCESS", "rights:lastName", "Lenoir",
                "rights:firstName", "Hugo", "rights:email", email, "rights:message", ""), "rights:send");
        assertEquals(1, Db.count("SELECT count(*) FROM app.rights_request WHERE email = ? AND status = 'UNVERIFIED'", email));

        shiftClock(6);
        runToCompletion();
        assertEquals(1, Db.count("SELECT count(*) FROM app.account WHERE id = ?", id), "kept until the seventh day");
        assertEquals(1, Db.count("SELECT count(*) FROM app.rights_request WHERE email = ?", email));

        shiftClock(8);
        long run = runToCompletion();
        assertEquals(0, Db.count("SELECT count(*) FROM app.account WHERE id = ?", id));
        assertEquals(0, Db.count("SELECT count(*) FROM app.consent WHERE account_id = ?", id));
        assertEquals(0, Db.count("SELECT count(*) FROM app.rights_request WHERE email = ?", email),
                "an unconfirmed rights request goes after the same seven days");
        assertTrue(((Number) Db.single("SELECT deleted_unverified FROM app.retention_run WHERE job_instance_id = ?", run))
                .intValue() >= 1);
    }

    @Test
    void anAccountInNoCommunityIsWarnedFifteenDaysBeforeThenDeletedWithAllItsData() {
        String lonely = newEmail();
        registerConfirmed(new WebClient(), lonely, "Seul", "Paul");
        long lonelyId = Db.accountId(lonely);
        Db.update("INSERT INTO app.member_competence (account_id, competence) VALUES (?, 'soudure')", lonelyId);
        String joined = newEmail();
        registerConfirmed(new WebClient(), joined, "Membre", "Léa");
        long joinedId = Db.accountId(joined);
        long community = Db.community("SECTOR", "OPEN", "Rétention");
        Db.update("INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)"
                + " VALUES (?, ?, 'ACTIVE', now(), now())", community, joinedId);
        String waiting = newEmail();
        registerConfirmed(new WebClient(), waiting, "Attente", "Zoé");
        long waitingId = Db.accountId(waiting);
        long selective = Db.community("SECTOR", "APPROVAL", "Sélective");
        Db.update("INSERT INTO app.membership (community_id, account_id, status, requested_at) VALUES (?, ?, 'REQUESTED', now())",
                selective, waitingId);
        int mailsBefore = mailbox.to(lonely).size();

        shiftClock(170);
        runToCompletion();
        Poll.until(() -> mailbox.to(lonely).size() > mailsBefore, Duration.ofSeconds(10), "the warning (mail leaves after the commit)");
        assertEquals(mailsBefore + 1, mailbox.to(lonely).size(), "one warning, 15 days or more before the deletion");
        MimeMessage warning = mailbox.to(lonely).get(mailsBefore);
        assertTrue(Mailbox.subject(warning).contains("sera supprimé le"), Mailbox.subject(warning));
        assertTrue(Mailbox.part(warning, "text/plain").contains("rejoignez une communauté"));
        // Stamped when the relay accepted the warning, in the transaction that takes it out of the outbox.
        await(() -> Db.single("SELECT retention_warned_at FROM app.account WHERE id = ?", lonelyId) != null,
                "the account stamped warned once its warning left");
        assertEquals(0, mailbox.to(joined).stream().filter(m -> Mailbox.subject(m).contains("supprimé")).count());

        shiftClock(183);
        runToCompletion();
        assertEquals(1, Db.count("SELECT count(*) FROM app.account WHERE id = ?", lonelyId),
                "six months are over but the notice started 13 days ago");
        assertEquals(mailsBefore + 1, mailbox.to(lonely).size(), "warned once only");

        shiftClock(186);
        runToCompletion();
        for (String table : List.of("account", "member", "account_role", "consent", "connection_log", "account_token",
                "member_competence", "membership", "newsletter_subscription", "company_link")) {
            String column = table.equals("account") ? "id" : "account_id";
            assertEquals(0, Db.count("SELECT count(*) FROM app." + table + " WHERE " + column + " = ?", lonelyId), table);
        }
        assertEquals(1, Db.count("SELECT count(*) FROM app.account WHERE id = ?", joinedId), "a member of a community stays");
        assertEquals(1, Db.count("SELECT count(*) FROM app.account WHERE id = ? AND retention_warned_at IS NULL", waitingId),
                "a request waiting for an animator's answer counts: no warning, no deletion");
    }

    @Test
    void connectionLogsOlderThanTwelveMonthsArePurged() {
        String address = "198.51.100." + (int) (Math.random() * 250);
        Db.update("INSERT INTO app.connection_log (occurred_at, address, outcome) VALUES"
                + " (now() - interval '13 months', ?, 'FAILURE'), (now() - interval '11 months', ?, 'FAILURE')", address, address);

        runToCompletion();

        assertEquals(1, Db.count("SELECT count(*) FROM app.connection_log WHERE address = ?", address));
        assertEquals(1, Db.count("SELECT count(*) FROM app.connection_log WHERE address = ?"
                + " AND occurred_at > now() - interval '12 months'", address));
    }

    @Test
    void aRunStoppedMidChunkResumesAndDeletesEveryoneExactlyOnce() {
        String batch = "stop-" + UUID.randomUUID().toString().substring(0, 8);
        int expired = 20_000;
        Db.update("WITH created AS (INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at,"
                + " retention_warned_at) SELECT ? || '-' || n || '@example.org', 'x', 'ACTIVE', 'fr',"
                + " now() - interval '7 months', now() - interval '7 months', now() - interval '20 days'"
                + " FROM generate_series(1, ?) n RETURNING id),"
                + " members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Expiré', 'Test' FROM created)"
                + " INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM created", batch, expired);
        Db.update("INSERT INTO app.connection_log (account_id, occurred_at, address, outcome)"
                + " SELECT id, now(), '192.0.2.1', 'SUCCESS' FROM app.account WHERE email LIKE ? || '-%'", batch);
        long accountsBefore = Db.count("SELECT count(*) FROM app.account");

        Page console = admin.submit(admin.get("/dpo/retention.xhtml"), "runs", Map.of(), "runs:run");
        assertTrue(console.globalMessages().contains("est lancé"), console.mainText());
        long run = latestRun();
        await(() -> counter(run, "deleted_inactive") > 0, "the run deleting");
        console = admin.submit(admin.get("/dpo/retention.xhtml"), "runs", Map.of(), "runs:table:0:stop");
        assertTrue(console.globalMessages().contains("arrêt est demandé"), console.mainText());
        await(() -> "STOPPED".equals(status(run)), "the run stopped");
        long deletedWhenStopped = counter(run, "deleted_inactive");
        long leftWhenStopped = Db.count("SELECT count(*) FROM app.account WHERE email LIKE ? || '-%'", batch);
        assertTrue(leftWhenStopped > 0, "stopped before the end");
        assertEquals("Arrêtée", admin.get("/dpo/retention.xhtml").text("runs:table:0:status"));

        console = admin.submit(admin.get("/dpo/retention.xhtml"), "runs", Map.of(), "runs:table:0:resume");
        assertTrue(console.globalMessages().contains("reprend"), console.mainText());
        // Some 20,000 erasures: about 50 s on this 2-core machine alone, more under the whole suite's load.
        Poll.until(() -> Db.single("SELECT finished_at FROM app.retention_run WHERE job_instance_id = ?", run) != null,
                Duration.ofSeconds(180), "the resumed run finished");

        assertEquals(0, Db.count("SELECT count(*) FROM app.account WHERE email LIKE ? || '-%'", batch), "nobody skipped");
        assertEquals(0, Db.count("SELECT count(*) FROM app.connection_log WHERE address = '192.0.2.1'"));
        long deleted = counter(run, "deleted_inactive") + counter(run, "deleted_unverified");
        assertEquals(accountsBefore - Db.count("SELECT count(*) FROM app.account"), deleted,
                "the summary counts each deleted account once");
        assertTrue(deleted >= expired && deletedWhenStopped < expired);
        assertEquals("Terminée", admin.get("/dpo/retention.xhtml").text("runs:table:0:status"));
    }

    @Test
    void membersCannotOpenTheConsoleAndTheDpoCannotRunIt() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Curieux", "Max");
        WebClient member = new WebClient();
        signIn(member, email, PASSWORD);
        assertEquals(404, member.get("/dpo/retention.xhtml").status());

        WebClient dpo = signedInWithRole("dpo");
        Page dpoView = dpo.get("/dpo/retention.xhtml");
        assertEquals(200, dpoView.status());
        assertEquals("Conservation des données", dpoView.h1());
        assertTrue(dpoView.doc().getElementById("runs:run") == null, "the DPO reads the runs, administrators run them");
        long audited = Db.count("SELECT count(*) FROM app.audit_entry");
        Page csv = dpo.submit(dpoView, "runs", Map.of(), "runs:csv");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("purges.csv"), csv.headers().toString());
        assertTrue(csv.body().lines().findFirst().orElse("").contains("Démarrée le"), csv.body());
        assertEquals(audited, Db.count("SELECT count(*) FROM app.audit_entry"), "runs name nobody: their export is not audited");
    }

    @Test
    void aConsultationsFileGoesFiveYearsAfterItEndedAndThePrivacyPageSaysSo() {
        long community = Db.community("SECTOR", "OPEN", "Archives");
        WebClient buyer = Buyers.buyerOf(Buyers.organisation(community));
        long ended = Buyers.draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        Buyers.upload(buyer, ended, "Règlement", "rc.pdf", Buyers.PDF);
        Buyers.publish(buyer, ended);
        Person candidate = member("Archiviste", community);
        Buyers.companyOf(candidate.id(), "Archives SA");
        Page form = candidate.web().get("/consultation.xhtml?id=" + ended);
        Page deposited = candidate.web().submitWithFile(form, "deposit", Map.of("deposit:text", "Notre offre",
                "deposit:company", form.doc().getElementById("deposit:company").selectFirst("option").attr("value")),
                "deposit:files", "offre.pdf", "application/pdf", Buyers.PDF, "deposit:send");
        assertTrue(deposited.globalMessages().contains("Votre pli est déposé"), deposited.mainText());
        candidate.web().submit(candidate.web().get("/consultation.xhtml?id=" + ended), "ask", Map.of("ask:question", "Délai ?"),
                "ask:send");
        Page cancelled = buyer.submit(buyer.get("/buyer/consultation.xhtml?id=" + ended), "cancel",
                Map.of("cancel:reason", "Projet abandonné"), "cancel:confirm");
        assertTrue(cancelled.globalMessages().contains("La consultation est annulée"), cancelled.mainText());
        long running = Buyers.draft(buyer, Map.of("consultation:communities", Long.toString(community)));
        List<Long> files = Db.column("SELECT file_id FROM app.tender_document_version v JOIN app.tender_document d"
                + " ON d.id = v.document_id WHERE d.consultation_id = ? UNION SELECT f.file_id FROM app.response_file f"
                + " JOIN app.response_deposit r ON r.id = f.deposit_id WHERE r.consultation_id = ?", ended, ended)
                .stream().map(id -> ((Number) id).longValue()).toList();
        assertEquals(2, files.size(), "a tender document and a response file");
        assertTrue(files.stream().allMatch(id -> Files.exists(StoredFiles.pathOf(id))), "both on disk");

        shiftClock(5 * 365);
        runToCompletion();
        assertEquals(1, Db.count("SELECT count(*) FROM app.consultation WHERE id = ?", ended), "kept until its fifth year is over");

        shiftClock(5 * 365 + 3);
        long run = runToCompletion();
        assertEquals(0, Db.count("SELECT count(*) FROM app.consultation WHERE id = ?", ended));
        for (String table : List.of("consultation_journal", "response_deposit", "consultation_question", "tender_document",
                "tender_download", "consultation_key")) {
            assertEquals(0, Db.count("SELECT count(*) FROM app." + table + " WHERE consultation_id = ?", ended), table);
        }
        assertEquals(0, Db.count("SELECT count(*) FROM app.stored_file WHERE id IN (?, ?)", files.get(0), files.get(1)));
        StoredFiles.awaitDeleted(files, "the purged consultation's files to leave the disk");
        assertEquals(1, Db.count("SELECT count(*) FROM app.consultation WHERE id = ?", running), "a consultation not ended stays");
        assertTrue(counter(run, "purged_consultations") >= 1);
        assertTrue(new WebClient().get("/privacy.xhtml").text("retention-consultations").contains("conservés 5 ans après son"
                + " attribution ou son annulation"));
    }

    @Test
    void anEventGoesWithItsRegistrationsTwentyFourMonthsAfterItEndedAndThePrivacyPageSaysSo() {
        long community = Db.community("SECTOR", "OPEN", "Archives événements");
        Person registrant = member("Ancienne", community);
        long ended = pastEvent(community, "25 months");
        long recent = pastEvent(community, "23 months");
        for (long event : List.of(ended, recent)) {
            Db.update("INSERT INTO app.event_audience (event_id, community_id) VALUES (?, ?)", event, community);
            Db.update("INSERT INTO app.event_registration (event_id, account_id, status, registered_at, confirmed_at, checked_in_at)"
                    + " VALUES (?, ?, 'CONFIRMED', now() - interval '26 months', now() - interval '26 months',"
                    + " now() - interval '25 months')", event, registrant.id());
        }
        long run = runToCompletion();
        assertEquals(0, Db.count("SELECT count(*) FROM app.event WHERE id = ?", ended));
        assertEquals(0, Db.count("SELECT count(*) FROM app.event_registration WHERE event_id = ?", ended));
        assertEquals(0, Db.count("SELECT count(*) FROM app.event_audience WHERE event_id = ?", ended));
        assertEquals(1, Db.count("SELECT count(*) FROM app.event_registration WHERE event_id = ?", recent), "kept until its 24 months");
        assertTrue(counter(run, "purged_events") >= 1);
        assertTrue(new WebClient().get("/privacy.xhtml").text("retention-events").contains("conservées 24 mois après la fin"));
    }

    @Test
    void aSupportRequestGoesWithItsMessagesAndFilesThreeYearsAfterItClosedAndThePrivacyPageSaysSo() {
        long community = Db.community("SECTOR", "OPEN", "Archives accompagnement");
        Person asker = member("Accompagnée", community);
        long offer = ((Number) Db.single("INSERT INTO app.support_offer (cci_id, title, category, description, all_members,"
                + " target_days, created_at) SELECT cci_id, 'Ancien service', 'EXPORT', '<p>x</p>', TRUE, 5, now() - interval '5 years'"
                + " FROM app.community WHERE id = ? RETURNING id", community)).longValue();
        long old = pastRequest(offer, asker.id(), "DONE", "37 months");
        long recent = pastRequest(offer, asker.id(), "DECLINED", "35 months");
        long open = pastRequest(offer, asker.id(), "NEW", null);
        Db.update("INSERT INTO app.support_entry (request_id, kind, from_cci, author_id, body, written_at)"
                + " VALUES (?, 'MESSAGE', FALSE, ?, 'Ancien message', now() - interval '4 years')", old, asker.id());
        long run = runToCompletion();
        assertEquals(0, Db.count("SELECT count(*) FROM app.support_request WHERE id = ?", old));
        assertEquals(0, Db.count("SELECT count(*) FROM app.support_entry WHERE request_id = ?", old));
        assertEquals(1, Db.count("SELECT count(*) FROM app.support_request WHERE id = ?", recent), "kept until its three years");
        assertEquals(1, Db.count("SELECT count(*) FROM app.support_request WHERE id = ?", open), "an open request is never purged");
        assertTrue(counter(run, "purged_support_requests") >= 1);
        assertTrue(new WebClient().get("/privacy.xhtml").text("retention-support").contains("3 ans après sa clôture"));
    }

    private static long pastRequest(long offer, long asker, String status, String closedAgo) {
        return ((Number) Db.single("INSERT INTO app.support_request (offer_id, cci_id, company_name, requester_id, message, status,"
                + " submitted_at, due_at, closed_at, decline_reason) SELECT id, cci_id, 'Ancienne SA', ?, 'Besoin', ?,"
                + " now() - interval '5 years', now() - interval '5 years', now() - CAST(? AS interval),"
                + " CASE WHEN ? = 'DECLINED' THEN 'Motif' END FROM app.support_offer WHERE id = ? RETURNING id",
                asker, status, closedAgo == null ? "0 days" : closedAgo, status, offer)).longValue();
    }

    private static long pastEvent(long community, String endedAgo) {
        return ((Number) Db.single("INSERT INTO app.event (community_id, cci_id, title, description, starts_at, ends_at, place,"
                + " capacity, registration_deadline, public_access, status, calendar_uid, created_at) SELECT id, cci_id, 'Ancien',"
                + " 'Description.', now() - CAST(? AS interval) - interval '2 hours', now() - CAST(? AS interval), 'Caen', 10,"
                + " now() - CAST(? AS interval) - interval '3 hours', FALSE, 'PUBLISHED', 'it-' || gen_random_uuid(),"
                + " now() - interval '30 months' FROM app.community WHERE id = ? RETURNING id", endedAgo, endedAgo, endedAgo,
                community)).longValue();
    }

    /** Runs the job from the console and waits for its summary to close; returns the job instance id. */
    private static long runToCompletion() {
        Instant asked = Instant.now();
        Page console = admin.submit(admin.get("/dpo/retention.xhtml"), "runs", Map.of(), "runs:run");
        assertTrue(console.globalMessages().contains("est lancé"), console.mainText());
        long run = latestRun();
        await(() -> Db.single("SELECT finished_at FROM app.retention_run WHERE job_instance_id = ?", run) != null,
                "run " + run + " started at " + asked + " to finish");
        return run;
    }

    private static long latestRun() {
        await(() -> Db.single("SELECT max(jobinstanceid) FROM public.job_instance WHERE jobname = 'retention'") != null
                && Db.single("SELECT job_instance_id FROM app.retention_run WHERE job_instance_id ="
                + " (SELECT max(jobinstanceid) FROM public.job_instance WHERE jobname = 'retention')") != null,
                "the run to open");
        return ((Number) Db.single("SELECT max(jobinstanceid) FROM public.job_instance WHERE jobname = 'retention'")).longValue();
    }

    private static long counter(long run, String column) {
        return ((Number) Db.single("SELECT " + column + " FROM app.retention_run WHERE job_instance_id = ?", run)).longValue();
    }

    private static String status(long run) {
        return (String) Db.single("SELECT batchstatus FROM public.job_execution WHERE jobinstanceid = ?"
                + " ORDER BY jobexecutionid DESC LIMIT 1", run);
    }

    private static void await(BooleanSupplier condition, String what) {
        Poll.until(condition, Duration.ofSeconds(60), what);
    }
}
