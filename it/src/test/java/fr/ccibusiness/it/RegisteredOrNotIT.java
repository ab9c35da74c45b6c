package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.Page;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The README's promise that nothing tells whether an address is registered: the sign-in page gives a
 * registered and an unknown address the same answers up to and past its throttle, and a wrong password
 * the same time; "forgot password" and "resend the confirmation" answer both alike, in the same time,
 * under the same limits. Times are the medians of 20 attempts each, printed, and must agree within 25 %.
 */
class RegisteredOrNotIT extends PlatformIT {

    private static final int ATTEMPTS = 20;
    /** Rounds not measured: they warm both paths up. */
    private static final int WARM_UP = 10;

    @Test
    void signInAnswersARegisteredAndAnUnknownAddressAlikeUpToTheThrottle() {
        String known = newEmail();
        registerConfirmed(new WebClient(), known, "Connue", "Adresse");
        String unknown = newEmail();
        for (int attempt = 1; attempt <= 6; attempt++) {
            String toKnown = signIn(new WebClient(), known, "pas le bon mot de passe").globalMessages();
            String toUnknown = signIn(new WebClient(), unknown, "pas le bon mot de passe").globalMessages();
            // The throttle's answer says until when, to the minute: a minute may turn between the two.
            assertEquals(toKnown.replaceAll("\\d{1,2}:\\d{2}", "hh:mm"), toUnknown.replaceAll("\\d{1,2}:\\d{2}", "hh:mm"),
                    "attempt " + attempt);
            if (attempt == 6) {
                assertTrue(toKnown.contains("Trop de tentatives"), toKnown);
            }
        }
    }

    @Test
    void aWrongPasswordTakesTheSameTimeForARegisteredAnUnconfirmedAndAnUnknownAddress() {
        String known = newEmail();
        registerConfirmed(new WebClient(), known, "Mauvais", "Chrono");
        String pending = newEmail();
        register(new WebClient(), pending, "Attente", "Mauvais", PASSWORD, PASSWORD, true);
        Function<String, Map<String, String>> wrongPassword = email -> {
            Db.update("DELETE FROM app.connection_log"); // below the throttle: each attempt goes to the realm
            return Map.of("login:email", email, "login:password", "pas le bon mot de passe");
        };
        compareMedians("wrong password", "/login.xhtml", wrongPassword, "login", "login:submit", known, newEmail(), false);
        compareMedians("wrong password, unconfirmed", "/login.xhtml", wrongPassword, "login", "login:submit", pending,
                newEmail(), false);
    }

    @Test
    void forgotPasswordAndResendAnswerAlikeInTheSameTime() {
        String known = newEmail();
        registerConfirmed(new WebClient(), known, "Oubli", "Chrono");
        String pending = newEmail();
        register(new WebClient(), pending, "Attente", "Chrono", PASSWORD, PASSWORD, true);
        compareMedians("forgot password", "/forgot-password.xhtml", email -> {
            Db.update("DELETE FROM app.link_request");
            return Map.of("forgot:email", email);
        }, "forgot", "forgot:submit", known, newEmail(), true);
        compareMedians("resend", "/resend-verification.xhtml", email -> {
            Db.update("DELETE FROM app.link_request");
            return Map.of("resend:email", email);
        }, "resend", "resend:submit", pending, newEmail(), true);
    }

    @Test
    void linksByEmailAreLimitedPerAddressWhoeverAsks() {
        String known = newEmail();
        registerConfirmed(new WebClient(), known, "Limite", "Boîte");
        long account = Db.accountId(known);
        Db.update("DELETE FROM app.link_request");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WebClient web = new WebClient();
            answers.add(web.submit(web.get("/forgot-password.xhtml"), "forgot", Map.of("forgot:email", known),
                    "forgot:submit").globalMessages());
        }
        assertEquals(1, answers.stream().distinct().count(), "the same answer past the limit: " + answers);
        mailbox.await(known, 1 + 3); // the confirmation, then the links, which leave after the answers
        assertEquals(3, Db.count("SELECT count(*) FROM app.account_token WHERE account_id = ? AND purpose = 'RESET_PASSWORD'",
                account), "three links an hour for one address, however many requests");
        assertEquals(0, Db.count("SELECT count(*) FROM app.link_request WHERE email_key LIKE ?", "%@%"),
                "the addresses typed are kept as keys, not as typed");
    }

    /**
     * Posts the form for each address in turn, {@value #ATTEMPTS} times each, the two going first in turn,
     * and compares their times pair by pair: the median of the differences between the two requests
     * of a pair must be within 25 % of the slower median. Pairing cancels the machine's load drifting
     * during the run (a CI run once measured the unknown address 37 % slower by plain medians). When
     * the registered address is sent a link after the answer ({@code mailed}), the next request waits
     * for it, so that work never lands on the other address's time.
     */
    private static void compareMedians(String what, String path, Function<String, Map<String, String>> fields, String form,
                                       String button, String registered, String unknown, boolean mailed) {
        List<Long> registeredTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> differences = new ArrayList<>();
        String registeredAnswer = null;
        String unknownAnswer = null;
        int linksSent = mailbox.to(registered).size();
        for (int i = 0; i < ATTEMPTS + WARM_UP; i++) {
            long registeredTime = 0;
            long unknownTime = 0;
            for (String email : i % 2 == 0 ? List.of(registered, unknown) : List.of(unknown, registered)) {
                WebClient web = new WebClient();
                Page page = web.get(path);
                Map<String, String> values = fields.apply(email);
                long start = System.nanoTime();
                Page answer = web.submit(page, form, values, button);
                long took = System.nanoTime() - start;
                if (email.equals(registered)) {
                    registeredTime = took;
                    registeredAnswer = answer.mainText();
                    if (mailed) {
                        mailbox.await(registered, ++linksSent);
                    }
                } else {
                    unknownTime = took;
                    unknownAnswer = answer.mainText();
                }
            }
            if (i >= WARM_UP) {
                registeredTimes.add(registeredTime);
                unknownTimes.add(unknownTime);
                differences.add(registeredTime - unknownTime);
            }
        }
        assertEquals(registeredAnswer, unknownAnswer, what + ": the same answer");
        double registeredMedian = median(registeredTimes) / 1e6;
        double unknownMedian = median(unknownTimes) / 1e6;
        double difference = median(differences) / 1e6;
        assertTrue(Math.abs(difference) <= 0.25 * Math.max(registeredMedian, unknownMedian),
                what + String.format(": medians %.1f ms (registered) and %.1f ms (unknown), %.1f ms apart pair by pair",
                        registeredMedian, unknownMedian, difference));
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
