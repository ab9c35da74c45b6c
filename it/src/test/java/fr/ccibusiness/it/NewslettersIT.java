package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Mailbox;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.WebClient;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Community newsletters (article 7): written by the community's animator, sent by the dispatch job
 * to the subscribers of the moment in their language, each with a working unsubscribe link and the
 * one-click headers; exactly one message each across a pause; SMTP failures retried then resent.
 */
class NewslettersIT extends PlatformIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+/newsletter/unsubscribe\\?t=[\\w.%-]+");

    @Test
    void onlyCurrentSubscribersReceiveItInTheirLanguageWithTheListHeaders() throws MessagingException {
        long community = Db.community("SECTOR", "OPEN", "Lettre");
        WebClient animator = animatorOf(community).web();
        String prefix = unique();
        Db.subscribers(community, prefix + "-fr", 2, "fr");
        Db.subscribers(community, prefix + "-en", 1, "en");
        Db.subscribers(community, prefix + "-left", 1, "fr");
        Db.update("UPDATE app.membership SET status = 'LEFT' WHERE account_id = (SELECT id FROM app.account WHERE email = ?)",
                prefix + "-left-1@example.org");
        Db.subscribers(community, prefix + "-off", 1, "fr");
        Db.update("UPDATE app.newsletter_subscription SET unsubscribed_at = now() WHERE account_id ="
                + " (SELECT id FROM app.account WHERE email = ?)", prefix + "-off-1@example.org");

        long newsletter = write(animator, community, "Salon de l’usinage " + prefix, "<p>Rendez-vous <strong>jeudi</strong>.</p>");
        sendNowAndWait(animator, community, newsletter);

        MimeMessage french = mailbox.await(prefix + "-fr-1@example.org", 1);
        assertEquals("Salon de l’usinage " + prefix, Mailbox.subject(french));
        assertTrue(Mailbox.part(french, "text/plain").startsWith("Bonjour Prénom"), Mailbox.part(french, "text/plain"));
        assertTrue(Mailbox.part(french, "text/html").contains("<strong>jeudi</strong>"));
        assertTrue(Mailbox.part(mailbox.await(prefix + "-en-1@example.org", 1), "text/plain").startsWith("Hello Prénom"));
        mailbox.await(prefix + "-fr-2@example.org", 1);
        assertEquals(0, mailbox.to(prefix + "-left-1@example.org").size(), "a former member is not read");
        assertEquals(0, mailbox.to(prefix + "-off-1@example.org").size(), "an unsubscribed member is not read");
        assertEquals("List-Unsubscribe=One-Click", french.getHeader("List-Unsubscribe-Post", null));
        String header = french.getHeader("List-Unsubscribe", null);
        assertTrue(header.matches("<https?://\\S+/newsletter/unsubscribe\\?t=\\S+>"), header);
        assertEquals(List.of(3L, 3L, 0L), figures(newsletter));
    }

    @Test
    void theUnsubscribeLinkAndTheOneClickPostAreHonouredByTheNextNewsletter() throws Exception {
        long community = Db.community("TERRITORY", "OPEN", "Désabonnement");
        WebClient animator = animatorOf(community).web();
        String prefix = unique();
        Db.subscribers(community, prefix, 4, "fr");
        sendNowAndWait(animator, community, write(animator, community, "Première " + prefix, "<p>Un.</p>"));

        String viaPage = link(mailbox.await(prefix + "-1@example.org", 1));
        WebClient reader = new WebClient();
        Page ask = reader.get(viaPage);
        assertEquals("/unsubscribe.xhtml", ask.path(), "a GET never unsubscribes by itself");
        assertTrue(ask.text("ask").contains("Désabonnement"), ask.mainText());
        assertTrue(Db.single("SELECT unsubscribed_at FROM app.newsletter_subscription WHERE account_id = ?",
                Db.accountId(prefix + "-1@example.org")) == null);
        Page done = reader.submit(ask, "unsubscribe", Map.of(), "unsubscribe:confirm");
        assertTrue(done.text("done").contains("ne recevrez plus"), done.mainText());

        String oneClick = link(mailbox.await(prefix + "-2@example.org", 1));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(oneClick))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode());
        String boundary = "----rfc8058";
        HttpResponse<String> multipart = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(link(mailbox.await(prefix + "-4@example.org", 1))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data;"
                        + " name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--" + boundary + "--\r\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, multipart.statusCode(), "RFC 8058's multipart/form-data POST");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(oneClick.replace("t=", "t=9")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode());

        long second = write(animator, community, "Seconde " + prefix, "<p>Deux.</p>");
        sendNowAndWait(animator, community, second);
        mailbox.await(prefix + "-3@example.org", 2);
        assertEquals(1, mailbox.to(prefix + "-1@example.org").size());
        assertEquals(1, mailbox.to(prefix + "-2@example.org").size());
        assertEquals(1, mailbox.to(prefix + "-4@example.org").size());
        assertEquals(List.of(1L, 1L, 0L), figures(second));
        Page list = animator.get("/animation/newsletters.xhtml?community=" + community);
        assertTrue(list.doc().select("[id$=':unsubscribed']").eachText().contains("3"), "unsubscribed since the first one");
    }

    @Test
    void theSanitiserStripsScriptsAndEventHandlersOnSave() {
        long community = Db.community("SECTOR", "OPEN", "Sanitiser");
        WebClient animator = animatorOf(community).web();
        long id = write(animator, community, "Propre",
                "<p onclick=\"steal()\">Bonjour<script>alert(1)</script><img src=\"https://tracker.example/x.gif\" onerror=\"y()\">"
                + " <a href=\"javascript:alert(2)\">piège</a> <a href=\"https://www.cci.fr\">CCI</a></p>");
        String stored = (String) Db.single("SELECT body_html FROM app.newsletter WHERE id = ?", id);
        for (String gone : List.of("script", "onclick", "onerror", "img", "javascript", "tracker")) {
            assertFalse(stored.toLowerCase().contains(gone), gone + " survived: " + stored);
        }
        assertTrue(stored.contains("https://www.cci.fr") && stored.contains("Bonjour"), stored);
    }

    @Test
    void aDraftSavedFromAStaleFormIsRefusedWithTheOtherSubjectAndKeptForASecondSave() {
        long community = Db.community("SECTOR", "OPEN", "Deux plumes");
        WebClient first = animatorOf(community).web();
        WebClient second = animatorOf(community).web();
        long id = write(first, community, "Brouillon", "<p>Premier jet.</p>");
        Page firstForm = editor(first, community, id);
        Page secondForm = editor(second, community, id);

        Page firstSaved = first.submit(firstForm, "newsletter", Map.of("newsletter:subject", "Version de Léa",
                "newsletter:body_input", "<p>Texte de Léa.</p>"), "newsletter:save");
        assertTrue(firstSaved.globalMessages().contains("enregistrée"), firstSaved.mainText());
        Page refused = second.submit(secondForm, "newsletter", Map.of("newsletter:subject", "Version de Marc",
                "newsletter:body_input", "<p>Texte de Marc.</p>"), "newsletter:save");
        assertTrue(refused.globalMessages().contains("Un autre animateur a enregistré cette newsletter")
                && refused.globalMessages().contains("« Version de Léa »"), refused.globalMessages());
        assertEquals("Version de Marc", refused.valueOf("newsletter:subject"), "what Marc typed stays in the form");
        assertEquals("Version de Léa", Db.single("SELECT subject FROM app.newsletter WHERE id = ?", id));

        Page replaced = second.submit(refused, "newsletter", Map.of("newsletter:subject", "Version de Marc",
                "newsletter:body_input", "<p>Texte de Marc.</p>"), "newsletter:save");
        assertTrue(replaced.globalMessages().contains("enregistrée"), replaced.mainText());
        assertEquals("Version de Marc", Db.single("SELECT subject FROM app.newsletter WHERE id = ?", id),
                "saved again knowingly, it replaces the other version");
    }

    @Test
    void anAnimatorCannotReachAnotherCommunitysNewsletters() {
        long mine = Db.community("SECTOR", "OPEN", "Mienne");
        long theirs = Db.community("SECTOR", "OPEN", "Autre");
        WebClient animator = animatorOf(mine).web();
        WebClient other = animatorOf(theirs).web();
        long theirNewsletter = write(other, theirs, "Privée", "<p>Secret.</p>");

        assertEquals(404, animator.get("/animation/newsletters.xhtml?community=" + theirs).status());
        assertEquals(404, animator.get("/animation/newsletter.xhtml?community=" + theirs).status());
        assertEquals(404, animator.get("/animation/newsletter.xhtml?community=" + mine + "&id=" + theirNewsletter).status());
        assertEquals("DRAFT", Db.single("SELECT status FROM app.newsletter WHERE id = ?", theirNewsletter));
    }

    @Test
    void aDispatchClaimedButNeverStartedIsStartedOnceAndReachesEveryoneOnce() {
        long community = Db.community("SECTOR", "OPEN", "Jamais partie");
        WebClient animator = animatorOf(community).web();
        String prefix = unique();
        Db.subscribers(community, prefix, 4, "fr");
        long id = write(animator, community, "Jamais partie " + prefix, "<p>Une fois.</p>");
        // What a crash between the claim and the start of the job leaves: SENDING, and no execution.
        Db.update("UPDATE app.newsletter SET status = 'SENDING', recipients = 4, started_at = now() - interval '2 minutes'"
                + " WHERE id = ?", id);
        assertTrue(editor(animator, community, id).doc().getElementById("newsletter:resume") != null,
                "shown as paused, with its resume button");

        Poll.until(() -> figures(id).get(1) == 4, Duration.ofSeconds(60), "the scheduler to start it and the four to be sent");
        for (int n = 1; n <= 4; n++) {
            String address = prefix + "-" + n + "@example.org";
            Poll.until(() -> mailbox.to(address).size() == 1, Duration.ofSeconds(10), address);
        }
        assertTrue(Db.single("SELECT dispatch_execution_id FROM app.newsletter WHERE id = ?", id) != null);
        assertEquals(List.of(4L, 4L, 0L), figures(id));
    }

    @Test
    void aDispatchPausedMidRunAndResumedSendsEverySubscriberExactlyOneMessage() {
        long community = Db.community("TERRITORY", "OPEN", "Reprise");
        WebClient animator = animatorOf(community).web();
        String prefix = unique();
        int subscribers = 1500;
        Db.subscribers(community, prefix, subscribers, "fr");
        long id = write(animator, community, "Reprise " + prefix, "<p>Une fois chacun.</p>");

        Page page = animator.submit(editor(animator, community, id), "newsletter", Map.of(), "newsletter:sendNow");
        assertTrue(page.globalMessages().contains("L’envoi a commencé"), page.mainText());
        Poll.until(() -> figures(id).get(1) > 0, Duration.ofSeconds(30), "the first messages");
        page = animator.submit(editor(animator, community, id), "newsletter", Map.of(), "newsletter:pause");
        assertTrue(page.globalMessages().contains("suspendu"), page.mainText());
        Poll.until(() -> editor(animator, community, id).doc().getElementById("newsletter:resume") != null, Duration.ofSeconds(30),
                "the dispatch paused");
        long sentWhenPaused = figures(id).get(1);
        assertTrue(sentWhenPaused < subscribers, "paused mid-run: " + sentWhenPaused);

        page = animator.submit(editor(animator, community, id), "newsletter", Map.of(), "newsletter:resume");
        assertTrue(page.globalMessages().contains("reprend"), page.mainText());
        Poll.until(() -> "SENT".equals(Db.single("SELECT status FROM app.newsletter WHERE id = ?", id)), Duration.ofSeconds(90),
                "the dispatch finished");

        Map<String, Long> received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> Mailbox.subject(m).equals("Reprise " + prefix))
                .collect(Collectors.groupingBy(NewslettersIT::recipient, Collectors.counting()));
        assertEquals(subscribers, received.size(), "nobody zero times");
        assertEquals(Map.of(1L, (long) subscribers), received.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())), "nobody twice");
        assertEquals(List.of((long) subscribers, (long) subscribers, 0L), figures(id));
    }

    @Test
    void whenSmtpIsDownMessagesAreRetriedThenFailedAndResentLater() {
        long community = Db.community("SECTOR", "OPEN", "Panne");
        WebClient animator = animatorOf(community).web();
        String prefix = unique();
        Db.subscribers(community, prefix, 3, "fr");
        long id = write(animator, community, "Panne " + prefix, "<p>Malgré tout.</p>");

        SMTP.stop();
        try {
            sendNowAndWait(animator, community, id);
        } finally {
            SMTP.start();
        }
        assertEquals(List.of(3L, 0L, 3L), figures(id));
        // Each connection (the platform's default of 4, recipients split by account id) retries its first
        // failure, then tries once each while the server stays down.
        List<Object> accounts = Db.column("SELECT account_id FROM app.newsletter_delivery WHERE newsletter_id = ?"
                + " ORDER BY account_id", id);
        List<Object> attempts = Db.column("SELECT attempts::bigint FROM app.newsletter_delivery WHERE newsletter_id = ?"
                + " ORDER BY account_id", id);
        Set<Long> connectionsSeen = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            boolean firstOfItsConnection = connectionsSeen.add(((Number) accounts.get(i)).longValue() % 4);
            assertEquals(firstOfItsConnection ? 3L : 1L, ((Number) attempts.get(i)).longValue(),
                    "attempts by account " + accounts + ": " + attempts);
        }

        Page page = animator.submit(editor(animator, community, id), "newsletter", Map.of(), "newsletter:resend");
        assertTrue(page.globalMessages().contains("Nouvel envoi"), page.mainText());
        Poll.until(() -> figures(id).get(1) == 3, Duration.ofSeconds(30), "the failed ones resent");
        for (int n = 1; n <= 3; n++) {
            mailbox.await(prefix + "-" + n + "@example.org", 1);
            assertEquals(1, mailbox.to(prefix + "-" + n + "@example.org").size(), "exactly one, once the server is back");
        }
        assertEquals(List.of(3L, 3L, 0L), figures(id));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Writes and saves a new newsletter through the editor; returns its id. */
    private static long write(WebClient animator, long community, String subject, String html) {
        Map<String, String> fields = new HashMap<>();
        fields.put("newsletter:subject", subject);
        fields.put("newsletter:body_input", html);
        Page saved = animator.submit(animator.get("/animation/newsletter.xhtml?community=" + community), "newsletter", fields,
                "newsletter:save");
        assertTrue(saved.globalMessages().contains("enregistrée"), saved.mainText());
        return ((Number) Db.single("SELECT max(id) FROM app.newsletter WHERE community_id = ?", community)).longValue();
    }

    private static Page editor(WebClient animator, long community, long id) {
        return animator.get("/animation/newsletter.xhtml?community=" + community + "&id=" + id);
    }

    private static void sendNowAndWait(WebClient animator, long community, long id) {
        Page page = animator.submit(editor(animator, community, id), "newsletter", Map.of(), "newsletter:sendNow");
        assertTrue(page.globalMessages().contains("L’envoi a commencé"), page.mainText());
        Poll.until(() -> "SENT".equals(Db.single("SELECT status FROM app.newsletter WHERE id = ?", id)), Duration.ofSeconds(60),
                "newsletter " + id + " sent");
    }

    /** recipients, sent, failed. */
    private static List<Long> figures(long id) {
        return List.of("recipients", "sent", "failed").stream()
                .map(c -> ((Number) Db.single("SELECT " + c + " FROM app.newsletter WHERE id = ?", id)).longValue()).toList();
    }

    private static String link(MimeMessage message) {
        Matcher matcher = UNSUBSCRIBE.matcher(Mailbox.part(message, "text/plain"));
        assertTrue(matcher.find(), "no unsubscribe link");
        return matcher.group();
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique() {
        return "nl" + UUID.randomUUID().toString().substring(0, 8);
    }
}
