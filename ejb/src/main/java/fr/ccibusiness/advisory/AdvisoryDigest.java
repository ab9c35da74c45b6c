package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The advisors' morning digest: the open requests given to them, the overdue ones first and marked,
 * and how many new requests for the services they deliver wait to be taken. Nothing is sent to an
 * advisor with nothing open.
 */
@Dependent
public class AdvisoryDigest {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SupportMail mail;

    /** Every advisor's digest. */
    void sendAll(Instant now) {
        em.createQuery("SELECT DISTINCT s FROM Cci c JOIN c.staff s", Account.class).getResultList()
                .forEach(advisor -> send(advisor, now));
    }

    /** One advisor's digest; returns whether there was anything to send. */
    boolean send(Account advisor, Instant now) {
        List<SupportRequest> mine = em.createQuery("SELECT r FROM SupportRequest r JOIN FETCH r.offer WHERE r.advisor = :me"
                + " AND r.status IN :open ORDER BY r.dueAt, r.id", SupportRequest.class).setParameter("me", advisor)
                .setParameter("open", SupportStatus.OPEN).getResultList();
        long waiting = em.createQuery("SELECT COUNT(r) FROM SupportRequest r WHERE r.status = :new AND r.advisor IS NULL"
                        + " AND :me MEMBER OF r.offer.advisors", Long.class).setParameter("new", SupportStatus.NEW)
                .setParameter("me", advisor).getSingleResult();
        if (mine.isEmpty() && waiting == 0) {
            return false;
        }
        Locale locale = advisor.getLocale();
        List<SupportRequest> overdue = mine.stream().filter(r -> r.isOverdue(now)).toList();
        String overdueLines = overdue.isEmpty() ? "—" : lines(overdue, locale);
        String openLines = mine.isEmpty() ? "—" : lines(mine.stream().filter(r -> !r.isOverdue(now)).toList(), locale);
        mail.toStaff(advisor, "support-digest", "/advisor/queue.xhtml", mine.size(), overdue.size(), waiting, overdueLines,
                openLines.isEmpty() ? "—" : openLines);
        return true;
    }

    private static String lines(List<SupportRequest> requests, Locale locale) {
        return requests.stream().map(r -> "- n° " + r.getId() + " · " + r.getOffer().getTitle() + " · " + r.getCompanyName()
                + " · " + SupportMail.date(WorkingDays.lastDay(r.getDueAt()), locale)).collect(Collectors.joining("\n"));
    }
}
