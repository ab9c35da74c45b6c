package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox: mail is written with the change that decides it and leaves on the senders' threads, so a
 * relay that hangs slows no page and loses no mail; a retention warning counts only once the relay
 * accepted it; two senders never send one row twice.
 */
class OutboxIT extends PlatformIT {

    private static final int REGISTRATIONS = 15;

    private boolean relayStopped;

    @AfterEach
    void relayBack() {
        if (relayStopped) {
            startRelay();
        }
        shiftClock(0);
    }

    private void stopRelay() {
        SMTP.stop();
        relayStopped = true;
    }

    private void startRelay() {
        SMTP.start();
        relayStopped = false;
    }

    @Test
    void aRelayThatHangsSlowsNoRegistrationAndEveryMailLeavesOnceItAnswers() throws Exception {
        registrationTimes(REGISTRATIONS, new ArrayList<>()); // warm-up
        List<Long> normal = registrationTimes(REGISTRATIONS, new ArrayList<>());

        List<String> addresses = new ArrayList<>();
        List<Long> hanging;
        stopRelay();
        try (HangingRelay relay = new HangingRelay()) {
            hanging = registrationTimes(REGISTRATIONS, addresses);
            assertTrue(relay.connections() > 0, "the senders did try the hanging relay");
        }
        startRelay();
        long normalMedian = percentile(normal, 0.5);
        long hangingMedian = percentile(hanging, 0.5);
        long hangingWorst = percentile(hanging, 1.0);
        System.out.printf("registration median: %d ms with the relay answering, %d ms with the relay hanging (worst %d ms)%n",
                normalMedian, hangingMedian, hangingWorst);
        // A registration waiting on the relay would wait out its 2 s timeout: none does. Fifteen registrations
        // on this 2-core machine give a worst case that one pause (a collection, the other features' timers)
        // decides, so the typical one, the median, is what is compared.
        assertTrue(hangingWorst < 2000, "the slowest registration, " + hangingWorst + " ms, waited for the relay");
        assertTrue(hangingMedian <= normalMedian * 1.2 + 50, "median " + hangingMedian + " ms against " + normalMedian + " ms");

        for (String address : addresses) {
            Poll.until(() -> mailbox.to(address).size() == 1, Duration.ofSeconds(90),
                    "the confirmation of " + address + " once the relay answers");
        }
        Poll.until(() -> Db.count("SELECT count(*) FROM app.outbox_mail") == 0, Duration.ofSeconds(30), "the outbox empty");
        for (String address : addresses) {
            assertEquals(1, mailbox.to(address).size(), "exactly one confirmation for " + address);
        }
    }

    @Test
    void aWarningTheRelayRefusedWarnsNobodyAndDeletesNobodyThenLeavesOnceByTwoSenders() {
        int people = 120;
        String prefix = "seul-" + Instant.now().toEpochMilli();
        Db.update("WITH created AS (INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)"
                + " SELECT ? || '-' || n || '@example.org', 'x', 'ACTIVE', 'fr', now() - interval '170 days',"
                + " now() - interval '170 days' FROM generate_series(1, ?) n RETURNING id),"
                + " members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Seul', 'Prénom' FROM created)"
                + " INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM created", prefix, people);
        WebClient admin = signedInWithRole("admin");

        stopRelay();
        runRetention(admin);
        Poll.until(() -> Db.count("SELECT count(*) FROM app.outbox_mail WHERE kind = 'retention-warning' AND attempts > 0"
                + " AND recipient LIKE ?", prefix + "%") > 0, Duration.ofSeconds(30), "an attempt refused by the relay");
        assertEquals(0, Db.count("SELECT count(*) FROM app.account WHERE email LIKE ? AND retention_warned_at IS NOT NULL",
                prefix + "%"), "nobody stamped warned while the relay refuses");
        assertTrue(admin.get("/dpo/retention.xhtml").text("warnings-not-sent").contains(people + " avertissements attendent"));

        shiftClock(30); // past the notice a warning sent that night would have given
        runRetention(admin);
        assertEquals(people, Db.count("SELECT count(*) FROM app.account WHERE email LIKE ?", prefix + "%"),
                "nobody deleted on a warning that never left");
        assertEquals(people, Db.count("SELECT count(*) FROM app.outbox_mail WHERE kind = 'retention-warning'"
                + " AND recipient LIKE ?", prefix + "%"), "not warned twice while the first warning waits");

        startRelay();
        Db.update("UPDATE app.outbox_mail SET next_attempt_at = now() - interval '1 second' WHERE recipient LIKE ?", prefix + "%");
        Poll.until(() -> Db.count("SELECT count(*) FROM app.outbox_mail WHERE recipient LIKE ?", prefix + "%") == 0,
                Duration.ofSeconds(60), "every warning sent once the relay answers");
        for (int n = 1; n <= people; n++) {
            assertEquals(1, mailbox.to(prefix + "-" + n + "@example.org").size(), "one warning each, by two senders");
        }
        Poll.until(() -> Db.count("SELECT count(*) FROM app.account WHERE email LIKE ? AND retention_warned_at IS NOT NULL",
                prefix + "%") == people, Duration.ofSeconds(10), "each stamped warned as its warning left");
    }

    @Test
    void aChangeRolledBackSendsNothingAndACommittedOneIsSent() {
        // The database refuses this one request when its transaction commits, after the mail was decided.
        Db.update("ALTER TABLE app.rights_request ADD CONSTRAINT test_refused CHECK (last_name <> 'Refusé') NOT VALID");
        String refused = newEmail();
        String accepted = newEmail();
        try {
            Page error = askForMyData(refused, "Refusé");
            assertEquals(500, error.status(), "the change did not happen");
        } finally {
            Db.update("ALTER TABLE app.rights_request DROP CONSTRAINT test_refused");
        }
        askForMyData(accepted, "Accepté");
        Poll.until(() -> mailbox.to(accepted).size() == 1, Duration.ofSeconds(20), "the committed request's mail");
        Poll.until(() -> Db.count("SELECT count(*) FROM app.outbox_mail") == 0, Duration.ofSeconds(20), "the outbox empty");
        assertEquals(0, Db.count("SELECT count(*) FROM app.rights_request WHERE email = ?", refused));
        assertEquals(0, mailbox.to(refused).size(), "no mail for a change rolled back");
    }

    private static Page askForMyData(String email, String lastName) {
        WebClient visitor = new WebClient();
        return visitor.submit(visitor.get("/rights.xhtml"), "rights", Map.of("rights:kind", "ACCESS", "rights:lastName",
                lastName, "rights:firstName", "Outbox", "rights:email", email, "rights:message", ""), "rights:send");
    }

    @Test
    void administratorsSeeTheOutboxAndMembersDoNot() {
        Page console = signedInWithRole("admin").get("/admin/outbox.xhtml");
        assertEquals(200, console.status());
        assertEquals("Courriels en partance", console.h1());
        assertTrue(console.text("outbox-counts").contains("en échec"), console.text("outbox-counts"));
        assertEquals(404, signedInWithRole("dpo").get("/admin/outbox.xhtml").status());
    }

    @Test
    void theFailedMailsAreExportedAndTheExportIsAudited() {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Echec", "Envoi");
        long account = Db.accountId(email);
        long mail = ((Number) Db.single("INSERT INTO app.outbox_mail (kind, recipient, account_id, subject, text_body, html_body, status,"
                + " attempts, next_attempt_at, last_error, created_at) VALUES ('test', ?, ?, 'Sujet', 'Texte', '<p>Texte</p>', 'FAILED', 8,"
                + " now(), '=HYPERLINK(\"http://example.org\")', now()) RETURNING id", email, account)).longValue();
        try {
            WebClient admin = signedInWithRole("admin");
            Page csv = admin.submit(admin.get("/admin/outbox.xhtml"), "outbox", Map.of(), "outbox:csv");
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("emails-en-echec.csv"), csv.headers().toString());
            assertTrue(csv.body().contains(email), csv.body());
            assertTrue(csv.body().contains("'=HYPERLINK"), "an error a spreadsheet would run is exported inert: " + csv.body());
            assertEquals(1, Db.count("SELECT count(*) FROM app.audit_entry WHERE what = 'export CSV des e-mails en échec'"
                    + " AND ? = ANY(subject_ids)", account));
        } finally {
            Db.update("DELETE FROM app.outbox_mail WHERE id = ?", mail);
        }
    }

    private static void runRetention(WebClient admin) {
        long before = Db.count("SELECT count(*) FROM app.retention_run WHERE finished_at IS NOT NULL");
        Page console = admin.submit(admin.get("/dpo/retention.xhtml"), "runs", Map.of(), "runs:run");
        assertTrue(console.globalMessages().contains("est lancé"), console.mainText());
        Poll.until(() -> Db.count("SELECT count(*) FROM app.retention_run WHERE finished_at IS NOT NULL") > before,
                Duration.ofSeconds(60), "the retention run to finish");
    }

    /** Registers {@code count} people, each in a fresh client; returns the times of the answers. */
    private static List<Long> registrationTimes(int count, List<String> addresses) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = newEmail();
            long start = System.nanoTime();
            register(new WebClient(), email, "Relais", "Lent", PASSWORD, PASSWORD, true);
            times.add((System.nanoTime() - start) / 1_000_000);
            addresses.add(email);
        }
        return times;
    }

    /** The value below which {@code share} of the times fall (0.5: the median, 1.0: the worst). */
    private static long percentile(List<Long> times, double share) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * share) - 1));
    }

    /** A relay that accepts connections on the test SMTP port and never says a word. */
    private static final class HangingRelay implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        HangingRelay() throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), 3025));
            acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // closing the relay ends the loop
                }
            }, "hanging-relay");
            acceptor.start();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : accepted) {
                    connection.close();
                }
                acceptor.join(5000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
