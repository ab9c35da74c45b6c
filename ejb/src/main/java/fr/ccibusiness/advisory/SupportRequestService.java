package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.company.Company;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A member's side of the support services: ask a CCI for a service for one of their companies (with
 * a message and files), follow their requests, write to the CCI, withdraw one while it is new, rate
 * one once it is done. A request is its requester's only: anyone else's id is not found.
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class SupportRequestService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private SupportAccess access;

    @Inject
    private SupportRecords records;

    @Inject
    private SupportMail mail;

    @Inject
    private Clock clock;

    /** Sends a request to the service's CCI; returns its id. The member is told of the target date, the service's advisors of the request. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public long submit(long offerId, Long companyId, String message, List<Upload> files) {
        Account me = caller();
        SupportAccess.Reader reader = access.reader(me);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null || !reader.reads(offer)) {
            throw new SupportNotFoundException();
        }
        if (!offer.isActive() || !reader.isInAudience(offer)) {
            throw new InvalidSupportException("support.offer.notForYou");
        }
        if (companyId == null) {
            throw new InvalidSupportException("support.company.required");
        }
        Company company = em.find(Company.class, companyId);
        if (company == null || em.createQuery("SELECT COUNT(l) FROM CompanyLink l WHERE l.company = :company AND l.account = :me"
                        + " AND l.status = fr.ccibusiness.company.CompanyLinkStatus.APPROVED", Long.class)
                .setParameter("company", company).setParameter("me", me).getSingleResult() == 0) {
            throw new InvalidSupportException("support.company.notYours");
        }
        SupportRequest request = new SupportRequest(offer, company, me, message, clock.instant());
        em.persist(request);
        em.flush();
        records.attach(request, null, files, me);
        mail.toRequester(request, "support-received", request.getCci().getName(), WorkingDays.lastDay(request.getDueAt()));
        offer.getAdvisors().forEach(advisor -> mail.toAdvisor(advisor, request, "support-new", WorkingDays.lastDay(request.getDueAt())));
        return request.getId();
    }

    /** The caller's requests, newest first. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<QueueLine> mine() {
        Instant now = clock.instant();
        return em.createQuery("SELECT r FROM SupportRequest r JOIN FETCH r.offer JOIN FETCH r.cci WHERE r.requester = :me"
                        + " ORDER BY r.submittedAt DESC, r.id DESC", SupportRequest.class).setParameter("me", caller()).getResultStream()
                .map(r -> new QueueLine(r.getId(), r.getSubmittedAt(), r.getOffer().getTitle(), r.getCompanyName(), null,
                        r.getCci().getName(), null, r.getStatus(), r.getDueAt(), r.getFirstAnsweredAt(), r.isOverdue(now))).toList();
    }

    /** One of the caller's requests, without the CCI's internal notes. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public RequestView request(long requestId) {
        return records.view(access.own(requestId, caller(), LockModeType.NONE), false);
    }

    /** A message (and files) to the CCI about an open request; its advisor, or the service's, is told. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void write(long requestId, String text, List<Upload> files) {
        Account me = caller();
        SupportRequest request = access.own(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        if (!request.getStatus().isOpen()) {
            throw new InvalidSupportException("support.state.closed");
        }
        SupportEntry entry = SupportEntry.message(request, false, me, text, clock.instant());
        em.persist(entry);
        em.flush();
        records.attach(request, entry, files, me);
        (request.getAdvisor() != null ? List.of(request.getAdvisor()) : List.copyOf(request.getOffer().getAdvisors()))
                .forEach(advisor -> mail.toAdvisor(advisor, request, "support-member-message", entry.getBody()));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void withdraw(long requestId) {
        Account me = caller();
        SupportRequest request = access.own(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        request.withdraw(now);
        em.persist(SupportEntry.step(request, me, SupportStatus.WITHDRAWN.name(), now));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void rate(long requestId, Integer score, String comment) {
        access.own(requestId, caller(), LockModeType.PESSIMISTIC_WRITE).rate(score, comment, clock.instant());
    }

    /**
     * A file of a request, for its requester or the staff of its CCI (administrators too); the download
     * is logged. Anything else is not found.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public DownloadedAttachment download(long attachmentId) {
        Account me = caller();
        SupportAttachment attachment = em.find(SupportAttachment.class, attachmentId);
        if (attachment == null) {
            throw new SupportNotFoundException();
        }
        SupportRequest request = attachment.getRequest();
        if (!request.isRequestedBy(me) && !access.serves(me, request.getCci())) {
            throw new SupportNotFoundException();
        }
        return records.download(attachment, me);
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
