package fr.ccibusiness.messaging;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.community.Community;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The moderation queue: an animator sees and decides the open reports of the communities they
 * animate, and no other; an administrator sees them all, including those that name no community.
 * Reading a reported message is recorded in the audit trail.
 */
@Stateless
@RolesAllowed({Names.ANIMATOR, Names.ADMIN})
public class ModerationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public List<ReportLine> queue() {
        Account me = caller();
        List<MessageReport> reports;
        if (isAdmin()) {
            reports = em.createNamedQuery("MessageReport.open", MessageReport.class).getResultList();
        } else {
            List<Community> mine = em.createNamedQuery("Community.animatedBy", Community.class).setParameter("account", me)
                    .getResultList();
            reports = mine.isEmpty() ? List.of() : em.createNamedQuery("MessageReport.openInCommunities", MessageReport.class)
                    .setParameter("communities", mine).getResultList();
        }
        List<Account> people = reports.stream().flatMap(r -> Stream.of(r.getMessage().getSender(), r.getReporter()))
                .filter(Objects::nonNull).distinct().toList();
        audit.read(me, isAdmin() ? Role.ADMIN : Role.ANIMATOR, people, "messages signalés (file de modération)");
        Map<Long, String> names = accounts.displayNames(people.stream().map(Account::getId).toList());
        return reports.stream().map(r -> new ReportLine(r.getId(), r.getCommunity() == null ? null : r.getCommunity().getName(),
                name(r.getMessage().getSender(), names), name(r.getReporter(), names), r.getMessage().getBody(),
                r.getMessage().getSentAt(), r.getReason(), r.getReportedAt())).toList();
    }

    /** Dismisses the report, or removes the message from both threads; other reports of it close too. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void decide(long reportId, boolean removeMessage) {
        Account me = caller();
        MessageReport report = em.find(MessageReport.class, reportId);
        boolean mine = report != null && (isAdmin() || report.getCommunity() != null && report.getCommunity().isAnimatedBy(me));
        if (!mine) {
            throw new ConversationNotFoundException();
        }
        if (report.getStatus() != ReportStatus.OPEN) {
            throw new MessageRefusedException("moderation.decided");
        }
        Instant now = clock.instant();
        Message message = report.getMessage();
        em.createNamedQuery("MessageReport.openOfMessage", MessageReport.class).setParameter("message", message)
                .getResultList().forEach(r -> r.decide(removeMessage, me, now));
        if (removeMessage) {
            message.remove(now);
        }
    }

    private static String name(Account account, Map<Long, String> names) {
        return account == null ? null : names.get(account.getId());
    }

    private boolean isAdmin() {
        return context.isCallerInRole(Names.ADMIN);
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
