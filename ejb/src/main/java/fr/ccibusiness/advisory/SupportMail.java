package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountStatus;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The support services' e-mails, all through the outbox (written in the transaction that decides
 * them): each greets the person by first name and names the service and the company; the member's
 * link opens their request, an advisor's the CCI's page of it.
 */
@Dependent
public class SupportMail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    /** To the member who asked: {@code key} with the service, the company and {@code extra} as arguments 3, 4, … */
    void toRequester(SupportRequest request, String key, Object... extra) {
        if (request.getRequester() != null) {
            send(request.getRequester(), key, settings.baseUrl() + "/support/request.xhtml?id=" + request.getId(), request, extra);
        }
    }

    /** To one of the CCI's staff, linking to the CCI's page of the request. */
    void toAdvisor(Account advisor, SupportRequest request, String key, Object... extra) {
        send(advisor, key, settings.baseUrl() + "/advisor/request.xhtml?id=" + request.getId(), request, extra);
    }

    /** A mail that is about no single request (the digest): {@code args} after the first name. */
    void toStaff(Account advisor, String key, String path, Object... args) {
        Member member = em.find(Member.class, advisor.getId());
        if (member == null || advisor.getStatus() != AccountStatus.ACTIVE) {
            return;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = member.getFirstName();
        System.arraycopy(args, 0, all, 1, args.length);
        outbox.fire(composer.compose(advisor.getEmail(), advisor.getLocale(), key, settings.baseUrl() + path, all)
                .forAccount(advisor.getId()));
    }

    private void send(Account account, String key, String link, SupportRequest request, Object... extra) {
        Member member = em.find(Member.class, account.getId());
        if (member == null || account.getStatus() != AccountStatus.ACTIVE) {
            return;
        }
        Locale locale = account.getLocale();
        Object[] args = new Object[3 + extra.length];
        args[0] = member.getFirstName();
        args[1] = request.getOffer().getTitle();
        args[2] = request.getCompanyName();
        for (int i = 0; i < extra.length; i++) {
            args[3 + i] = extra[i] instanceof LocalDate day ? date(day, locale) : extra[i];
        }
        outbox.fire(composer.compose(account.getEmail(), locale, key, link, args).forAccount(account.getId()));
    }

    static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }
}
