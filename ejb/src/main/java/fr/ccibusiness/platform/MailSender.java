package fr.ccibusiness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;

/**
 * Turns an {@link OutgoingMail} into its MIME message for the server's mail session (whose connection,
 * read and write timeouts are set in configure.cli). Sending is the outbox's ({@code outbox.OutboxSenders})
 * and the newsletter dispatch's: a page never waits for the relay.
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "java:jboss/mail/cci")
    private Session session;

    @Inject
    private Clock clock;

    /** The MIME message of a mail: text and HTML alternatives in UTF-8, with the given headers. */
    public MimeMessage toMime(OutgoingMail mail, Map<String, String> headers) throws MessagingException {
        // French text is mostly ASCII: quoted-printable, said at once, spares Jakarta Mail a pass over
        // each part to choose an encoding.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeMessage message = toMime(mail.to(), mail.subject(), headers, text, html);
        if (mail.calendar() != null) {
            withCalendar(message, mail);
        }
        return message;
    }

    /**
     * Adds the invitation as calendars expect it: a text/calendar alternative with its iTIP method (which
     * mail programs offer to add, update or remove), and the same object as an .ics attachment for the
     * others, the message becoming multipart/mixed.
     */
    private static void withCalendar(MimeMessage message, OutgoingMail mail) throws MessagingException {
        try {
            MimeMultipart alternatives = (MimeMultipart) message.getContent();
            String type = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
            MimeBodyPart inline = new MimeBodyPart();
            inline.setContent(mail.calendar(), type);
            inline.setHeader("Content-Transfer-Encoding", "quoted-printable");
            alternatives.addBodyPart(inline);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(mail.calendar(), type);
            attachment.setFileName("invitation.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            attachment.setHeader("Content-Transfer-Encoding", "quoted-printable");
            message.setContent(new MimeMultipart("mixed", body, attachment));
            message.saveChanges();
        } catch (java.io.IOException e) {
            throw new MessagingException("Reading the message just made", e);
        }
    }

    /** The MIME message of parts already made: the text and HTML alternatives, in that order. */
    public MimeMessage toMime(String to, String subject, Map<String, String> headers, MimeBodyPart text,
                              MimeBodyPart html) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** The server's mail session, for senders that keep one SMTP connection for many messages. */
    public Session session() {
        return session;
    }
}
