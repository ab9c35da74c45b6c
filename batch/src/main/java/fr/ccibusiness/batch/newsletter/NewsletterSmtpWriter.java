package fr.ccibusiness.batch.newsletter;

import fr.ccibusiness.newsletter.NewsletterDispatchStore;
import fr.ccibusiness.newsletter.NewsletterDispatchStore.Delivery;
import fr.ccibusiness.newsletter.NewsletterMime;
import fr.ccibusiness.newsletter.PersonalNewsletter;
import fr.ccibusiness.platform.MailSender;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a chunk over one SMTP connection kept open for the whole step, each message retried with
 * doubling back-off when the server is down or refuses, then marked failed (the rest goes on; while
 * the server stays down, one try each). The chunk's recipients are claimed before and their outcomes
 * recorded as the relay answers, in short transactions of their own: the step runs outside any
 * (`jberet.local-tx`), so no relay speed can roll a sent chunk back.
 */
@Named
@Dependent
public class NewsletterSmtpWriter extends AbstractItemWriter {

    private static final int ERROR_MAX = 300;
    /** Outcomes recorded together at most: what a crash can make arrive twice, per connection. */
    static final int RECORD_EVERY = 100;
    private static final long RECORD_AFTER_NANOS = 1_000_000_000L;

    @Inject
    @BatchProperty
    private String newsletterId;

    @Inject
    @BatchProperty
    private String mode;

    @Inject
    @BatchProperty
    private String attempts;

    @Inject
    @BatchProperty
    private String retryDelayMs;

    @Inject
    private MailSender mail;

    @Inject
    private NewsletterMime mime;

    @Inject
    private NewsletterDispatchStore store;

    @Inject
    private Logger log;

    private Transport transport;
    /** Ours to know: asking the transport (isConnected) costs an SMTP NOOP per message. */
    private boolean connected;
    /** After a delivery failed every attempt, the server is taken for down: one try each until one passes. */
    private boolean serverDown;

    @Override
    public void open(Serializable checkpoint) throws MessagingException {
        transport = mail.session().getTransport("smtp");
    }

    /**
     * Claims the chunk's recipients, sends, and records the outcomes every {@value #RECORD_EVERY} messages
     * or every second, whichever comes first, each in its own short transaction (the chunk runs in none).
     * A server that dies mid-chunk leaves the unrecorded ones claimed: the resumed run sends them again,
     * so at most that many (a second's worth on a slow relay) may arrive twice.
     */
    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        long newsletter = Long.parseLong(newsletterId);
        boolean failedOnly = "failed".equals(mode);
        store.claim(newsletter, items.stream().map(item -> ((PersonalNewsletter) item).accountId()).toList());
        List<Delivery> outcomes = new ArrayList<>(RECORD_EVERY);
        long recordedAt = System.nanoTime();
        for (Object item : items) {
            outcomes.add(send((PersonalNewsletter) item));
            if (outcomes.size() == RECORD_EVERY || System.nanoTime() - recordedAt > RECORD_AFTER_NANOS) {
                store.record(newsletter, failedOnly, outcomes);
                outcomes.clear();
                recordedAt = System.nanoTime();
            }
        }
        store.record(newsletter, failedOnly, outcomes);
    }

    private Delivery send(PersonalNewsletter letter) throws InterruptedException {
        int maxAttempts = serverDown ? 1 : Integer.parseInt(attempts);
        long delay = Long.parseLong(retryDelayMs);
        String error = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                if (!connected) {
                    transport.connect();
                    connected = true;
                }
                MimeMessage message = mime.toMime(letter);
                transport.sendMessage(message, message.getAllRecipients());
                serverDown = false;
                return new Delivery(letter.accountId(), true, attempt, null);
            } catch (MessagingException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                closeQuietly();
                if (attempt < maxAttempts) {
                    Thread.sleep(delay << (attempt - 1));
                }
            }
        }
        serverDown = true;
        // The address is personal data: the log names the newsletter, not the recipient.
        log.log(Level.WARNING, "Newsletter {0}: a delivery failed after {1} attempts: {2}",
                new Object[] {newsletterId, maxAttempts, error});
        return new Delivery(letter.accountId(), false, maxAttempts,
                error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error);
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        connected = false;
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException e) {
            log.log(Level.FINE, "Closing the SMTP connection", e);
        }
    }
}
