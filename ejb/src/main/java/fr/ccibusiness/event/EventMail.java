package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events' e-mails, all through the outbox (written in the transaction that decides them): each is
 * greeted by first name, says the event's title, when and where, and, where a calendar must change,
 * carries the entry (its invitation, update or cancellation) for that person.
 */
@Dependent
public class EventMail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailComposer composer;

    @Inject
    private jakarta.enterprise.event.Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** What a mail is about: its template, whether it carries the calendar entry (or its cancellation), extra arguments. */
    enum Kind {
        REGISTERED("event-registered", Calendar.ENTRY),
        WAITING("event-waiting", Calendar.NONE),
        OFFERED("event-offered", Calendar.NONE),
        OFFER_EXPIRED("event-offer-expired", Calendar.NONE),
        REMINDER("event-reminder", Calendar.NONE),
        UPDATED("event-updated", Calendar.ENTRY),
        CANCELLED("event-cancelled", Calendar.CANCELLATION),
        WITHDRAWN("event-withdrawn", Calendar.CANCELLATION),
        MESSAGE("event-message", Calendar.NONE);

        private final String key;
        private final Calendar calendar;

        Kind(String key, Calendar calendar) {
            this.key = key;
            this.calendar = calendar;
        }
    }

    private enum Calendar { NONE, ENTRY, CANCELLATION }

    /** Sends {@code kind} to one registrant; {@code extra} are the template's arguments after when and where. */
    void send(Registration registration, Kind kind, Object... extra) {
        send(registration.getEvent(), List.of(registration.getAccount()), kind, extra);
    }

    /** Sends {@code kind} to each of {@code accounts} (active ones), their people read in one query. */
    void send(Event event, Collection<Account> accounts, Kind kind, Object... extra) {
        List<Long> ids = accounts.stream().filter(a -> a.getStatus() == fr.ccibusiness.account.AccountStatus.ACTIVE)
                .map(Account::getId).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Member> people = em.createQuery("SELECT m FROM Member m JOIN FETCH m.account WHERE m.accountId IN :ids",
                Member.class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(m -> m.getAccount().getId(), Function.identity()));
        String link = page(event);
        Instant now = clock.instant();
        for (Long id : ids) {
            Member member = people.get(id);
            if (member == null) {
                continue;
            }
            Account account = member.getAccount();
            Locale locale = account.getLocale();
            Object[] args = new Object[4 + extra.length];
            args[0] = member.getFirstName();
            args[1] = event.getTitle();
            args[2] = when(event.getStartsAt(), locale);
            args[3] = event.getWhere();
            for (int i = 0; i < extra.length; i++) {
                args[4 + i] = extra[i] instanceof Instant instant ? when(instant, locale) : extra[i];
            }
            OutgoingMail mail = composer.compose(account.getEmail(), locale, kind.key, link, args).forAccount(id);
            if (kind.calendar != Calendar.NONE) {
                mail = mail.withCalendar(EventCalendar.forAttendee(event, link, settings.mailFrom(), member.getDisplayName(),
                        account.getEmail(), kind.calendar == Calendar.CANCELLATION, now));
            }
            outbox.fire(mail);
        }
    }

    /** The event's page, as a link in a mail or a calendar. */
    String page(Event event) {
        return settings.baseUrl() + "/event.xhtml?id=" + event.getId();
    }

    /** The calendar entry of a confirmed registrant, for the event page's download. */
    String calendarOf(Registration registration) {
        Account account = registration.getAccount();
        Member member = em.find(Member.class, account.getId());
        return EventCalendar.forAttendee(registration.getEvent(), page(registration.getEvent()), settings.mailFrom(),
                member == null ? account.getEmail() : member.getDisplayName(), account.getEmail(), false, clock.instant());
    }

    private static String when(Instant instant, Locale locale) {
        return instant.atZone(Event.PARIS)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
    }
}
