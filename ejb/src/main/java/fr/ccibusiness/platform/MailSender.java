package fr.ccibusiness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends {@link OutgoingMail} events through the server's mail session after a successful commit, on
 * the server's managed executor: the page that caused a mail answers without waiting for the relay,
 * so its time says nothing of whether a mail left (a registered address or not).
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "java:jboss/mail/cci")
    private Session session;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        executor.execute(() -> send(mail));
    }

    public void send(OutgoingMail mail) {
        send(mail, Map.of());
    }

    /** Sends now, with extra headers (a newsletter's list headers); failures are logged, not thrown. */
    public void send(OutgoingMail mail, Map<String, String> headers) {
        try {
            Transport.send(toMime(mail, headers));
        } catch (MessagingException e) {
            // The address, the subject and the relay's answer (which quotes the address) are personal
            // data: the log says which kind of e-mail failed and how, not to whom nor what.
            log.log(Level.WARNING, "Could not send an e-mail ({0}): {1}",
                    new Object[] {mail.kind(), e.getClass().getSimpleName()});
        }
    }

    /** The MIME message of a mail: text and HTML alternatives in UTF-8, with the given headers. */
    public MimeMessage toMime(OutgoingMail mail, Map<String, String> headers) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        // French text is mostly ASCII: quoted-printable, said at once, spares Jakarta Mail a pass over
        // each part to choose an encoding.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** The server's mail session, for senders that keep one SMTP connection for many messages. */
    public Session session() {
        return session;
    }
}
