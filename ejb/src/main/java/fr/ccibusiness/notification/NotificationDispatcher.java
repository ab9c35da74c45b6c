package fr.ccibusiness.notification;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.NotificationFrequency;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every few seconds (a setting), sends what is due: one e-mail per person, with a single line or the
 * digest of several. A line whose kind the person has since switched off is dropped, not sent. The
 * e-mails leave after the transaction that marks the lines sent has committed.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
public class NotificationDispatcher {

    /** Lines served per round, so that one round stays a short transaction. */
    private static final int LINES_PER_ROUND = 1000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private Settings settings;

    @Inject
    private Accounts accounts;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Clock clock;

    @Inject
    private NotificationLines lines;

    private record Line(String words, String link) {
    }

    @PostConstruct
    void start() {
        long interval = settings.notificationIntervalSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("notifications", false));
    }

    @Timeout
    void sendDue() {
        Instant now = clock.instant();
        // Each server runs this timer: the due lines are locked as they are taken, and another server's
        // round skips them, so no line is mailed twice.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM app.notification WHERE sent_at IS NULL AND due_at <= ?1"
                        + " ORDER BY account_id, id LIMIT " + LINES_PER_ROUND + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        em.createNamedQuery("Notification.withIds", Notification.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultStream()
                .collect(Collectors.groupingBy(n -> n.getAccount().getId(), LinkedHashMap::new, Collectors.toList()))
                .values().forEach(due -> send(due.get(0).getAccount(), due, now));
    }

    private void send(Account account, List<Notification> due, Instant now) {
        Member member = accounts.memberOf(account);
        var choices = member.toSharingSettings();
        due.forEach(n -> n.sent(now));
        Locale language = account.getLocale();
        List<Line> wanted = due.stream().filter(n -> (n.getKind() == NotificationKind.CONTENT
                        ? choices.getContent() : choices.getMessages()) != NotificationFrequency.NEVER)
                .flatMap(n -> lines.line(n, language).map(words -> new Line(words, n.getLink())).stream()).toList();
        if (wanted.size() == 1) {
            Line only = wanted.get(0);
            outbox.fire(composer.compose(account.getEmail(), account.getLocale(), "notification", only.link(),
                    member.getFirstName(), only.words()));
        } else if (wanted.size() > 1) {
            String digest = wanted.stream().map(line -> "• " + line.words() + "\n  " + line.link()).collect(Collectors.joining("\n"));
            outbox.fire(composer.compose(account.getEmail(), account.getLocale(), "notification-digest",
                    settings.baseUrl() + "/index.xhtml", member.getFirstName(), wanted.size(), digest));
        }
    }
}
