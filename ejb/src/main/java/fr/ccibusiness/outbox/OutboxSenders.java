package fr.ccibusiness.outbox;

import fr.ccibusiness.platform.MailSender;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's senders: up to {@link Settings#outboxSenders()} threads of the managed executor, each
 * claiming a batch of due mail, sending it over one SMTP connection (with the mail session's connection,
 * read and write timeouts), and recording each outcome in its own short transaction. Woken when a
 * transaction that wrote mail commits, and every few seconds by {@link OutboxTimer} (retries, and rows
 * left by a server that stopped).
 */
@ApplicationScoped
public class OutboxSenders {

    /** Mail claimed at once by one sender. */
    static final int BATCH = 20;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OutboxStore store;

    @Inject
    private MailSender mailSender;

    @Inject
    private Settings settings;

    @Inject
    private Logger log;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean signalled = new AtomicBoolean();

    /** Makes sure a sender will look at the outbox soon; starts one more if fewer than allowed run. */
    public void wake() {
        signalled.set(true);
        int now = running.get();
        if (now < settings.outboxSenders() && running.compareAndSet(now, now + 1)) {
            try {
                executor.execute(this::work);
            } catch (RuntimeException refused) {
                running.decrementAndGet(); // the executor is shutting down: the timer of the next start picks it up
            }
        }
    }

    private void work() {
        try {
            do {
                signalled.set(false);
                while (sendBatch() == BATCH) {
                    // a full batch: there may be more
                }
            } while (signalled.get());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "The outbox sender stopped on {0}; the next signal restarts it", e.getClass().getSimpleName());
        } finally {
            running.decrementAndGet();
        }
        if (signalled.get()) {
            wake();
        }
    }

    /** Sends one claimed batch; returns how many were claimed. */
    private int sendBatch() {
        List<OutboxStore.Claimed> batch = store.claim(BATCH);
        Transport transport = null;
        try {
            for (int i = 0; i < batch.size(); i++) {
                OutboxStore.Claimed claimed = batch.get(i);
                try {
                    if (transport == null) {
                        transport = mailSender.session().getTransport("smtp");
                        transport.connect();
                    }
                    MimeMessage message = mailSender.toMime(claimed.mail(), Map.of());
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | IllegalStateException e) {
                    // The address and the relay's answer are personal data: the kind and the error's class only.
                    log.log(Level.WARNING, "Could not send an e-mail ({0}): {1}",
                            new Object[] {claimed.mail().kind(), e.getClass().getSimpleName()});
                    store.failed(claimed, e.getClass().getSimpleName());
                    store.release(batch.subList(i + 1, batch.size()));
                    return batch.size();
                }
                store.sent(claimed);
            }
            return batch.size();
        } finally {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }
}
