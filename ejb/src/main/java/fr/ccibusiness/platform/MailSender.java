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
        if (mail.calendar() == null) {
            return toMime(mail.to(), mail.subject(), headers, text, html);
        }
        // The invitation as calendars expect it: a text/calendar alternative with its iTIP method (which mail
        // programs offer to add, update or remove), and the same object as an .ics attachment for the others.
        String type = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
        MimeBodyPart inline = new MimeBodyPart();
        inline.setContent(mail.calendar(), type);
        inline.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart alternatives = new MimeBodyPart();
        alternatives.setContent(new MimeMultipart("alternative", text, html, inline));
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(mail.calendar(), type);
        attachment.setFileName("invitation.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return message(mail.to(), mail.subject(), headers, new MimeMultipart("mixed", alternatives, attachment));
    }

    /** The MIME message of parts already made: the text and HTML alternatives, in that order. */
    public MimeMessage toMime(String to, String subject, Map<String, String> headers, MimeBodyPart text,
                              MimeBodyPart html) throws MessagingException {
        return message(to, subject, headers, new MimeMultipart("alternative", text, html));
    }

    private MimeMessage message(String to, String subject, Map<String, String> headers, MimeMultipart content)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setContent(content);
        message.saveChanges();
        return message;
    }

    /** The server's mail session, for senders that keep one SMTP connection for many messages. */
    public Session session() {
        return session;
    }
}
