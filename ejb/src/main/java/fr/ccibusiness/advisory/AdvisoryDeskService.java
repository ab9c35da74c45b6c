package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.community.Cci;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CCIs' side of the requests: the work queue (paged, sorted and filtered in the database), taking
 * a request or giving it to a colleague, notes for the CCI only, messages to the member, closing it
 * done or declined with a reason. Staff reach their own CCI's requests only, administrators all;
 * anything else is not found, whatever id a page sends.
 */
@Stateless
@RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
public class AdvisoryDeskService {

    /** The columns the queue may be sorted by, and what they sort in the query. */
    private static final Map<String, String> SORTS = Map.of("submittedAt", "r.submittedAt", "dueAt", "r.dueAt",
            "status", "r.status", "offerTitle", "r.offer.title", "companyName", "r.companyName");

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
    private AdvisoryDigest digest;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A page of the queue: {@code sortBy} one of the queue's columns (else the soonest due first). */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public List<QueueLine> queue(QueueFilter filter, int first, int size, String sortBy, boolean ascending) {
        return lines(requests(filter, first, Math.min(size, 500), sortBy, ascending));
    }

    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public long count(QueueFilter filter) {
        return where(filter, "SELECT COUNT(r) FROM SupportRequest r", "", Long.class).getSingleResult();
    }

    /**
     * A part of an export of the queue as filtered and sorted (CSV or Excel, PrimeFaces' exporter reading
     * it a part at a time), written to the audit trail as an export naming the requesters.
     */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public List<QueueLine> exportPart(QueueFilter filter, int first, int size, String sortBy, boolean ascending, String format) {
        List<SupportRequest> part = requests(filter, first, Math.min(size, 2000), sortBy, ascending);
        if (!part.isEmpty()) {
            audit.export(caller(), callerRole(), part.stream()
                            .map(SupportRequest::getRequester).filter(Objects::nonNull).map(Account::getId).distinct().toList(),
                    part.size() + " demande(s) d’accompagnement exportée(s)", "export " + format
                            + " de la file des demandes d’accompagnement, lignes " + (Math.max(0, first) + 1) + " à "
                            + (Math.max(0, first) + part.size()));
        }
        return lines(part);
    }

    private List<SupportRequest> requests(QueueFilter filter, int first, int size, String sortBy, boolean ascending) {
        String order = SORTS.getOrDefault(sortBy, "r.dueAt");
        return where(filter, "SELECT r FROM SupportRequest r JOIN FETCH r.offer JOIN FETCH r.cci",
                " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", r.id" + (ascending ? " ASC" : " DESC"), SupportRequest.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
    }

    /** The caller's account id, for the queue's "my requests" filter. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public long myId() {
        return caller().getId();
    }

    /** What the queue's filters offer: the caller's CCIs, their services and their staff, by name ({@code c}, {@code o}, {@code a}). */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public Map<String, Map<Long, String>> choices() {
        List<Cci> ccis = access.servedBy(caller());
        Map<Long, String> cciNames = new LinkedHashMap<>();
        ccis.forEach(c -> cciNames.put(c.getId(), c.getName()));
        Map<Long, String> offers = new LinkedHashMap<>();
        Map<Long, String> advisors = new TreeMap<>();
        if (!ccis.isEmpty()) {
            List<Long> ids = ccis.stream().map(Cci::getId).toList();
            em.createQuery("SELECT o FROM SupportOffer o WHERE o.cci.id IN :ccis ORDER BY o.title", SupportOffer.class)
                    .setParameter("ccis", ids).getResultStream().forEach(o -> offers.put(o.getId(), o.getTitle()));
            advisors.putAll(accounts.displayNames(em.createQuery("SELECT DISTINCT s.id FROM Cci c JOIN c.staff s WHERE c.id IN :ccis",
                    Long.class).setParameter("ccis", ids).getResultList()));
        }
        return Map.of("c", cciNames, "o", offers, "a", advisors);
    }

    /** A request of the caller's CCIs, with the CCI's notes; the look at its requester's name and address goes into the audit trail. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public RequestView request(long requestId) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me);
        if (request.getRequester() != null) {
            audit.read(me, callerRole(), List.of(request.getRequester()),
                    "support request " + request.getId());
        }
        return records.view(request, true);
    }

    /** Who the request may be given to: its CCI's staff, by name. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public Map<Long, String> advisorsFor(long requestId) {
        SupportRequest request = access.served(requestId, caller());
        Map<Long, String> sorted = new TreeMap<>();
        sorted.putAll(accounts.displayNames(em.createQuery("SELECT s.id FROM Cci c JOIN c.staff s WHERE c = :cci", Long.class)
                .setParameter("cci", request.getCci()).getResultList()));
        return sorted;
    }

    /** Gives the request to one of its CCI's staff (null: to the caller); they are told unless they took it themselves. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void assign(long requestId, Long advisorId) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Account advisor = advisorId == null ? me : em.find(Account.class, advisorId);
        if (advisor == null || !request.getCci().isServedBy(advisor)) {
            throw new InvalidSupportException("support.advisor.invalid");
        }
        Instant now = clock.instant();
        request.assign(advisor, now);
        em.persist(SupportEntry.step(request, me, SupportStatus.ASSIGNED.name() + ":" + advisor.getId(), now));
        if (!advisor.getId().equals(me.getId())) {
            mail.toAdvisor(advisor, request, "support-assigned", WorkingDays.lastDay(request.getDueAt()));
        }
    }

    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void start(long requestId) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        request.start(now);
        em.persist(SupportEntry.step(request, me, SupportStatus.IN_PROGRESS.name(), now));
    }

    /** A message to the member (e-mailed, with its files on the request's page); the first one stops the service-level clock. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void write(long requestId, String text, List<Upload> files) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        request.answered(now);
        SupportEntry entry = SupportEntry.message(request, true, me, text, now);
        em.persist(entry);
        em.flush();
        records.attach(request, entry, files, me);
        mail.toRequester(request, "support-message", entry.getBody());
    }

    /** A note for the CCI's staff only: never shown to the member, never e-mailed. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void note(long requestId, String text) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        em.persist(SupportEntry.note(request, me, text, clock.instant()));
    }

    /** The service was delivered: the member is told and asked how it went. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void complete(long requestId) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        request.complete(now);
        em.persist(SupportEntry.step(request, me, SupportStatus.DONE.name(), now));
        mail.toRequester(request, "support-done");
    }

    /** Declined, with the reason the member is sent. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public void decline(long requestId, String reason) {
        Account me = caller();
        SupportRequest request = access.served(requestId, me, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        request.decline(reason, now);
        em.persist(SupportEntry.step(request, me, SupportStatus.DECLINED.name(), now));
        mail.toRequester(request, "support-declined", request.getDeclineReason());
    }

    /** Satisfaction and speed of answer per service and per advisor, for the CCIs the caller serves (or one of them). */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public SatisfactionReport satisfaction(Long cciId) {
        return rated(cciId).report();
    }

    /** The same report, for an export of its advisors' table (CSV or Excel): written to the audit trail naming the advisors. */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public SatisfactionReport exportSatisfaction(Long cciId, String format) {
        Rated rated = rated(cciId);
        audit.export(caller(), callerRole(), rated.advisorIds(), rated.report().advisors().size() + " conseiller(s) exporté(s)",
                "export " + format + " de la satisfaction par conseiller");
        return rated.report();
    }

    /** The satisfaction report of the CCIs the caller serves (or one of them), and the advisors it names. */
    private record Rated(SatisfactionReport report, Set<Long> advisorIds) {
    }

    private Rated rated(Long cciId) {
        List<Cci> ccis = access.servedBy(caller()).stream().filter(c -> cciId == null || c.getId().equals(cciId)).toList();
        if (ccis.isEmpty()) {
            return new Rated(SatisfactionReport.of(List.of(), Map.of()), Set.of());
        }
        List<Object[]> rows = em.createQuery("SELECT o.id, o.title, a.id, r.rating, r.submittedAt,"
                + " r.firstAnsweredAt FROM SupportRequest r JOIN r.offer o LEFT JOIN r.advisor a WHERE r.cci.id IN :ccis", Object[].class)
                .setParameter("ccis", ccis.stream().map(Cci::getId).toList()).getResultList();
        Set<Long> advisorIds = new HashSet<>();
        rows.stream().filter(r -> r[2] != null).forEach(r -> advisorIds.add((Long) r[2]));
        return new Rated(SatisfactionReport.of(rows, accounts.displayNames(advisorIds)), advisorIds);
    }

    /** The caller's morning digest, now (it is sent each working morning anyway). */
    @RolesAllowed({Names.CCI_STAFF, Names.ADMIN})
    public boolean sendMyDigest() {
        return digest.send(caller(), clock.instant());
    }

    private <T> TypedQuery<T> where(QueueFilter filter, String select, String tail, Class<T> type) {
        List<Cci> ccis = access.servedBy(caller()).stream()
                .filter(c -> filter.cciId() == null || c.getId().equals(filter.cciId())).toList();
        StringBuilder jpql = new StringBuilder(select).append(" WHERE r.cci.id IN :ccis");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" AND r.status IN :statuses");
        }
        if (filter.offerId() != null) {
            jpql.append(" AND r.offer.id = :offer");
        }
        if (filter.advisorId() != null) {
            jpql.append(" AND r.advisor.id = :advisor");
        }
        if (filter.overdueOnly()) {
            jpql.append(" AND r.firstAnsweredAt IS NULL AND r.status IN :open AND r.dueAt < :now");
        }
        // No CCI served: an id no CCI has, rather than an empty IN list.
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type)
                .setParameter("ccis", ccis.isEmpty() ? List.of(-1L) : ccis.stream().map(Cci::getId).toList());
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (filter.offerId() != null) {
            query.setParameter("offer", filter.offerId());
        }
        if (filter.advisorId() != null) {
            query.setParameter("advisor", filter.advisorId());
        }
        if (filter.overdueOnly()) {
            query.setParameter("open", SupportStatus.OPEN).setParameter("now", clock.instant());
        }
        return query;
    }

    private List<QueueLine> lines(List<SupportRequest> requests) {
        Set<Long> people = new HashSet<>();
        for (SupportRequest r : requests) {
            if (r.getRequester() != null) {
                people.add(r.getRequester().getId());
            }
            if (r.getAdvisor() != null) {
                people.add(r.getAdvisor().getId());
            }
        }
        Map<Long, String> names = accounts.displayNames(people);
        Instant now = clock.instant();
        return requests.stream().map(r -> new QueueLine(r.getId(), r.getSubmittedAt(), r.getOffer().getTitle(), r.getCompanyName(),
                r.getRequester() == null ? null : names.get(r.getRequester().getId()), r.getCci().getName(),
                r.getAdvisor() == null ? null : names.get(r.getAdvisor().getId()), r.getStatus(), r.getDueAt(),
                r.getFirstAnsweredAt(), r.isOverdue(now))).toList();
    }

    private Account caller() {
        return accounts.caller(context);
    }

    private Role callerRole() {
        return context.isCallerInRole(Names.ADMIN) ? Role.ADMIN : Role.CCI_STAFF;
    }
}
