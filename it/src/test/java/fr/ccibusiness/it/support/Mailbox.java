package fr.ccibusiness.it.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What arrived at the SMTP server (GreenMail, in this JVM) for one address. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+token=[\\w%-]+");
    private final GreenMailOperations greenMail;

    public Mailbox(GreenMailOperations greenMail) {
        this.greenMail = greenMail;
    }

    /** Waits (polling, with a deadline) for the n-th message to that address. */
    public MimeMessage await(String to, int nth) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> messages = to(to);
            if (messages.size() >= nth) {
                return messages.get(nth - 1);
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No message #" + nth + " for " + to + " within 10 s; got " + to(to).size());
    }

    /** Waits (polling, with a deadline) for a message to that address with this subject; the latest such. */
    public MimeMessage awaitSubject(String to, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var found = to(to).stream().filter(m -> subject.equals(subject(m))).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found.get();
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No message «" + subject + "» for " + to + " within 20 s; got "
                + to(to).stream().map(Mailbox::subject).toList());
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain or text/html part of a multipart/alternative message, or of the alternatives in a multipart/mixed one. */
    public static String part(MimeMessage message, String mimeType) {
        try {
            String found = find((Multipart) message.getContent(), mimeType, false);
            if (found == null) {
                throw new AssertionError("No " + mimeType + " part");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The iCalendar object attached (invitation.ics), or null when there is none. */
    public static String calendar(MimeMessage message) {
        try {
            return message.getContent() instanceof Multipart multipart ? find(multipart, "text/calendar", true) : null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart multipart, String mimeType, boolean attachment) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                String nested = find((Multipart) part.getContent(), mimeType, attachment);
                if (nested != null) {
                    return nested;
                }
            } else if (part.isMimeType(mimeType) && attachment == BodyPart.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                Object content = part.getContent();
                return content instanceof String text ? text : new String(part.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The link with a token in the text part. */
    public static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(part(message, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + part(message, "text/plain"));
        }
        return matcher.group();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
