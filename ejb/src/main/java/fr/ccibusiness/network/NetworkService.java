package fr.ccibusiness.network;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.notification.Notifications;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contact requests, connections and blocks of the signed-in person. One may ask someone found in
 * the directory (an active member of a shared community who did not object), never someone blocked
 * either way; blocking also ends the connection.
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class NetworkService {

    private static final int SUGGESTIONS = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Relations relations;

    @Inject
    private Notifications notifications;

    @Inject
    private Clock clock;

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void requestContact(long personId, String message) {
        Account me = caller();
        Account them = reachable(me, personId);
        Instant now = clock.instant();
        Optional<ContactRequest> existing = pair(me, them);
        if (existing.isPresent()) {
            existing.get().renew(me, them, message, now);
        } else {
            em.persist(new ContactRequest(me, them, message, now));
        }
        notifications.contactRequested(accounts.memberOf(them), me.getId());
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void answer(long requestId, boolean accept) {
        Account me = caller();
        ContactRequest request = request(requestId);
        request.answer(me, accept, clock.instant());
        if (accept) {
            notifications.contactAccepted(accounts.memberOf(request.getRequester()), me.getId());
        }
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void withdraw(long requestId) {
        request(requestId).withdraw(caller(), clock.instant());
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void removeConnection(long personId) {
        Account me = caller();
        Account them = Optional.ofNullable(em.find(Account.class, personId))
                .orElseThrow(() -> new ContactRefusedException("network.request.gone"));
        pair(me, them).filter(r -> r.getStatus() == ContactStatus.ACCEPTED)
                .orElseThrow(() -> new ContactRefusedException("network.request.gone")).end(clock.instant());
    }

    /** Where I stand with someone. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public ContactState contactState(long personId) {
        Account me = caller();
        Account them = em.find(Account.class, personId);
        if (them == null) {
            return ContactState.NONE;
        }
        return pair(me, them).map(r -> switch (r.getStatus()) {
            case ACCEPTED -> ContactState.CONNECTED;
            case PENDING -> r.isFrom(me) ? ContactState.I_ASKED : ContactState.THEY_ASKED;
            case DECLINED -> r.isFrom(me) ? ContactState.THEY_DECLINED : ContactState.NONE;
            default -> ContactState.NONE;
        }).orElse(ContactState.NONE);
    }

    /** The pending request someone sent me, to answer it from their page. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Optional<ContactLine> requestFrom(long personId) {
        Account me = caller();
        Account them = em.find(Account.class, personId);
        return them == null ? Optional.empty() : pair(me, them)
                .filter(r -> r.getStatus() == ContactStatus.PENDING && !r.isFrom(me)).map(r -> line(r, me));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public NetworkOverview myNetwork() {
        Account me = caller();
        List<ContactRequest> requests = em.createNamedQuery("ContactRequest.involving", ContactRequest.class)
                .setParameter("account", me).setParameter("statuses", List.of(ContactStatus.PENDING, ContactStatus.ACCEPTED))
                .getResultList();
        Map<Long, String> names = accounts.displayNames(requests.stream().map(r -> r.other(me).getId()).toList());
        List<ContactLine> incoming = requests.stream().filter(r -> r.getStatus() == ContactStatus.PENDING && !r.isFrom(me))
                .map(r -> line(r, me, names)).toList();
        List<ContactLine> outgoing = requests.stream().filter(r -> r.getStatus() == ContactStatus.PENDING && r.isFrom(me))
                .map(r -> line(r, me, names)).toList();
        List<ContactLine> connections = requests.stream().filter(r -> r.getStatus() == ContactStatus.ACCEPTED)
                .map(r -> new ContactLine(r.getId(), r.other(me).getId(), names.get(r.other(me).getId()), null, r.getDecidedAt()))
                .sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> blockedRows = em.createNativeQuery("SELECT b.blocked_id, m.first_name || ' ' || m.last_name, b.blocked_at"
                + " FROM app.member_block b JOIN app.member m ON m.account_id = b.blocked_id WHERE b.blocker_id = ?1"
                + " ORDER BY m.last_name, m.first_name").setParameter(1, me.getId()).getResultList();
        List<ContactLine> blocked = blockedRows.stream().map(row -> new ContactLine(0, ((Number) row[0]).longValue(),
                (String) row[1], null, ((Timestamp) row[2]).toInstant())).toList();
        return new NetworkOverview(incoming, outgoing, connections, blocked);
    }

    /**
     * People of my communities I am not in touch with yet who share competences with me or whose
     * company works in the same NAF division as mine under another code; best matches first.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    @SuppressWarnings("unchecked")
    public List<Suggestion> suggestions() {
        long me = caller().getId();
        List<Object[]> rows = em.createNativeQuery("WITH candidate AS ("
                        + " SELECT DISTINCT y.account_id FROM app.membership x JOIN app.membership y"
                        + " ON y.community_id = x.community_id AND y.status = 'ACTIVE'"
                        + " WHERE x.account_id = ?1 AND x.status = 'ACTIVE' AND y.account_id <> ?1),"
                        + " my_naf AS (SELECT co.naf_code FROM app.company_link l JOIN app.company co ON co.id = l.company_id"
                        + " WHERE l.account_id = ?1 AND l.status = 'APPROVED'),"
                        + " scored AS (SELECT m.account_id, m.first_name, m.last_name, m.job_title,"
                        + " (SELECT string_agg(theirs.competence, '|' ORDER BY theirs.competence) FROM app.member_competence theirs"
                        + " JOIN app.member_competence mine ON lower(mine.competence) = lower(theirs.competence) AND mine.account_id = ?1"
                        + " WHERE theirs.account_id = m.account_id) AS shared,"
                        + " (SELECT min(co.naf_code) FROM app.company_link l JOIN app.company co ON co.id = l.company_id"
                        + " WHERE l.account_id = m.account_id AND l.status = 'APPROVED'"
                        + " AND left(co.naf_code, 2) IN (SELECT left(naf_code, 2) FROM my_naf)"
                        + " AND co.naf_code NOT IN (SELECT naf_code FROM my_naf)) AS neighbour"
                        + " FROM candidate c JOIN app.member m ON m.account_id = c.account_id"
                        + " WHERE NOT m.hidden_from_directory"
                        + " AND NOT EXISTS (SELECT 1 FROM app.contact_request r WHERE LEAST(r.requester_id, r.recipient_id) = LEAST(?1, m.account_id)"
                        + " AND GREATEST(r.requester_id, r.recipient_id) = GREATEST(?1, m.account_id)"
                        + " AND (r.status IN ('PENDING', 'ACCEPTED') OR (r.status = 'DECLINED' AND r.requester_id = ?1)))"
                        + " AND NOT EXISTS (SELECT 1 FROM app.member_block b WHERE (b.blocker_id = ?1 AND b.blocked_id = m.account_id)"
                        + " OR (b.blocker_id = m.account_id AND b.blocked_id = ?1)))"
                        + " SELECT account_id, first_name || ' ' || last_name, job_title, shared, neighbour FROM scored"
                        + " WHERE shared IS NOT NULL OR neighbour IS NOT NULL"
                        + " ORDER BY 2 * coalesce(array_length(string_to_array(shared, '|'), 1), 0)"
                        + " + CASE WHEN neighbour IS NULL THEN 0 ELSE 1 END DESC, last_name, first_name, account_id LIMIT " + SUGGESTIONS)
                .setParameter(1, me).getResultList();
        return rows.stream().map(row -> new Suggestion(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                row[3] == null ? List.of() : Arrays.asList(((String) row[3]).split("\\|")), (String) row[4])).toList();
    }

    /** Blocks someone: no message nor request either way any more, and our connection ends. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void block(long personId) {
        Account me = caller();
        Account them = Optional.ofNullable(em.find(Account.class, personId))
                .filter(a -> !a.getId().equals(me.getId()))
                .orElseThrow(() -> new ContactRefusedException("network.request.gone"));
        if (!relations.blocked(me.getId(), personId)) {
            em.createNativeQuery("INSERT INTO app.member_block (blocker_id, blocked_id, blocked_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, me.getId()).setParameter(2, personId).setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        }
        pair(me, them).ifPresent(r -> r.end(clock.instant()));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void unblock(long personId) {
        em.createNativeQuery("DELETE FROM app.member_block WHERE blocker_id = ?1 AND blocked_id = ?2")
                .setParameter(1, caller().getId()).setParameter(2, personId).executeUpdate();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public boolean haveBlocked(long personId) {
        return relations.blocked(caller().getId(), personId);
    }

    /** Someone I may ask: in a community of mine, in the directory, and no block between us. */
    private Account reachable(Account me, long personId) {
        Member member = em.find(Member.class, personId);
        if (member == null || personId == me.getId() || member.isHiddenFromDirectory()
                || !relations.shareCommunity(me.getId(), personId)) {
            throw new ContactRefusedException("network.request.unreachable");
        }
        if (relations.blockedEitherWay(me.getId(), personId)) {
            throw new ContactRefusedException("network.request.blocked");
        }
        return member.getAccount();
    }

    private ContactRequest request(long requestId) {
        return Optional.ofNullable(em.find(ContactRequest.class, requestId))
                .orElseThrow(() -> new ContactRefusedException("network.request.gone"));
    }

    private Optional<ContactRequest> pair(Account a, Account b) {
        return em.createNamedQuery("ContactRequest.ofPair", ContactRequest.class).setParameter("a", a).setParameter("b", b)
                .getResultStream().findFirst();
    }

    private ContactLine line(ContactRequest r, Account me) {
        return line(r, me, accounts.displayNames(List.of(r.other(me).getId())));
    }

    private static ContactLine line(ContactRequest r, Account me, Map<Long, String> names) {
        long other = r.other(me).getId();
        return new ContactLine(r.getId(), other, names.get(other), r.getMessage(), r.getRequestedAt());
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
