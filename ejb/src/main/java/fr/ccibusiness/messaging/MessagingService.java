package fr.ccibusiness.messaging;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.network.Relations;
import fr.ccibusiness.network.SharedCommunity;
import fr.ccibusiness.notification.Notifications;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The caller's conversations. Two people may write to each other when they are connected or share
 * an active community, and neither blocked the other; this is checked at every message, so leaving
 * the last shared community or a block stops the thread at once (it stays readable).
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class MessagingService {

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

    /** My conversations, the latest first, with their unread counts. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    @SuppressWarnings("unchecked")
    public List<ConversationLine> myConversations() {
        List<Object[]> rows = em.createNativeQuery("SELECT other.account_id, other.first_name || ' ' || other.last_name,"
                        + " c.last_message_at, c.id, (SELECT count(*) FROM app.message m WHERE m.conversation_id = c.id"
                        + " AND m.id > CASE WHEN c.first_id = ?1 THEN c.first_read_id ELSE c.second_read_id END"
                        + " AND m.sender_id IS DISTINCT FROM ?1)"
                        + " FROM app.conversation c LEFT JOIN app.member other"
                        + " ON other.account_id = CASE WHEN c.first_id = ?1 THEN c.second_id ELSE c.first_id END"
                        + " WHERE c.first_id = ?1 OR c.second_id = ?1 ORDER BY c.last_message_at DESC, c.id DESC")
                .setParameter(1, caller().getId()).getResultList();
        return rows.stream().map(row -> new ConversationLine(((Number) row[3]).longValue(),
                row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1], ((Timestamp) row[2]).toInstant(),
                ((Number) row[4]).longValue())).toList();
    }

    /** Messages I have not read yet, across my conversations (the header's badge). */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public long unreadCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM ("
                        + " SELECT m.id FROM app.conversation c JOIN app.message m ON m.conversation_id = c.id AND m.id > c.first_read_id"
                        + " WHERE c.first_id = ?1 AND m.sender_id IS DISTINCT FROM ?1"
                        + " UNION ALL SELECT m.id FROM app.conversation c JOIN app.message m ON m.conversation_id = c.id AND m.id > c.second_read_id"
                        + " WHERE c.second_id = ?1 AND m.sender_id IS DISTINCT FROM ?1) unread")
                .setParameter(1, caller().getId()).getSingleResult()).longValue();
    }

    /**
     * My thread with someone, marked read. Open when we already talked, or when we are connected or
     * share a community (a block shows why I cannot write); anyone else is "not found".
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public ThreadView thread(long personId) {
        Account me = caller();
        Member them = em.find(Member.class, personId);
        if (them == null || personId == me.getId()) {
            throw new ConversationNotFoundException();
        }
        Optional<Conversation> conversation = conversation(me, them.getAccount());
        String refusal = refusal(me, personId);
        if (conversation.isEmpty() && "messages.refused.noLink".equals(refusal)) {
            throw new ConversationNotFoundException();
        }
        List<MessageLine> lines = conversation.map(c -> lines(c, me, them)).orElse(List.of());
        conversation.ifPresent(c -> lines.stream().mapToLong(MessageLine::id).max().ifPresent(last -> c.readUpTo(me, last)));
        List<SharedCommunity> communities = relations.sharedCommunities(me.getId(), personId);
        return new ThreadView(personId, them.getDisplayName(), lines, refusal, communities);
    }

    /** A thread whose other person erased their account: still mine to read, with their messages anonymised. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public ThreadView formerThread(long conversationId) {
        Account me = caller();
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || !isMine(conversation, me) || conversation.other(me) != null) {
            throw new ConversationNotFoundException();
        }
        List<MessageLine> lines = lines(conversation, me, null);
        lines.stream().mapToLong(MessageLine::id).max().ifPresent(last -> conversation.readUpTo(me, last));
        return new ThreadView(0, null, lines, "messages.refused.gone", List.of());
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void send(long personId, String text) {
        Account me = caller();
        Member them = em.find(Member.class, personId);
        if (them == null || personId == me.getId()) {
            throw new ConversationNotFoundException();
        }
        String refusal = refusal(me, personId);
        if (refusal != null) {
            throw new MessageRefusedException(refusal);
        }
        Instant now = clock.instant();
        Conversation conversation = conversation(me, them.getAccount()).orElseGet(() -> open(me, them.getAccount(), now));
        Message message = new Message(conversation, me, text, now);
        em.persist(message);
        em.flush();
        conversation.posted(message);
        conversation.readUpTo(me, message.getId());
        notifications.messageReceived(them, me.getId());
    }

    /**
     * Reports a message I received to the animators of {@code communityId}, one of the communities the
     * sender and I share (the first of them when none is given; the administrators when there is none).
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void report(long messageId, Long communityId, String reason) {
        Account me = caller();
        Message message = em.find(Message.class, messageId);
        if (message == null || message.isFrom(me) || !isMine(message.getConversation(), me)) {
            throw new ConversationNotFoundException();
        }
        if (message.isRemoved() || !em.createNamedQuery("MessageReport.openOfMessage", MessageReport.class)
                .setParameter("message", message).getResultList().isEmpty()) {
            throw new MessageRefusedException("messages.report.already");
        }
        List<Long> shared = message.getSender() == null ? List.of()
                : relations.sharedCommunities(me.getId(), message.getSender().getId()).stream()
                .map(SharedCommunity::id).toList();
        Long chosen = communityId == null ? shared.stream().findFirst().orElse(null) : communityId;
        if (chosen != null && !shared.contains(chosen)) {
            throw new MessageRefusedException("messages.report.communityInvalid");
        }
        Community community = chosen == null ? null : em.find(Community.class, chosen);
        em.persist(new MessageReport(message, community, me, reason, clock.instant()));
    }

    private boolean isMine(Conversation conversation, Account me) {
        return !em.createNativeQuery("SELECT 1 FROM app.conversation WHERE id = ?1 AND (first_id = ?2 OR second_id = ?2)")
                .setParameter(1, conversation.getId()).setParameter(2, me.getId()).getResultList().isEmpty();
    }

    /** Why I may not write to this person now, or null when I may. */
    private String refusal(Account me, long personId) {
        if (relations.blocked(me.getId(), personId)) {
            return "messages.refused.iBlocked";
        }
        if (relations.blocked(personId, me.getId())) {
            return "messages.refused.blocked";
        }
        if (!relations.connected(me.getId(), personId) && !relations.shareCommunity(me.getId(), personId)) {
            return "messages.refused.noLink";
        }
        return null;
    }

    /**
     * The pair's conversation, created now. Both may write their first message at the same moment:
     * the pair's unique index decides, the second insert waits for the first and adds nothing, and
     * both messages go to the one conversation (a persist would fail the second on the index).
     */
    private Conversation open(Account a, Account b, Instant now) {
        em.createNativeQuery("INSERT INTO app.conversation (first_id, second_id, created_at, last_message_at)"
                        + " VALUES (?1, ?2, ?3, ?3) ON CONFLICT (first_id, second_id) DO NOTHING")
                .setParameter(1, Conversation.first(a, b).getId()).setParameter(2, Conversation.second(a, b).getId())
                .setParameter(3, Timestamp.from(now)).executeUpdate();
        return conversation(a, b).orElseThrow();
    }

    /**
     * The pair's conversation, locked until the transaction ends: opening it marks it read and writing
     * moves it on, and both people may do either at the same moment; one waits for the other instead
     * of failing on the row's version.
     */
    private Optional<Conversation> conversation(Account a, Account b) {
        return em.createNamedQuery("Conversation.ofPair", Conversation.class)
                .setParameter("first", Conversation.first(a, b)).setParameter("second", Conversation.second(a, b))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private List<MessageLine> lines(Conversation conversation, Account me, Member them) {
        String myName = accounts.memberOf(me).getDisplayName();
        return em.createNamedQuery("Message.ofConversation", Message.class).setParameter("conversation", conversation)
                .getResultStream().map(m -> new MessageLine(m.getId(), m.isFrom(me),
                        m.isFrom(me) ? myName : m.getSender() == null || them == null ? null : them.getDisplayName(),
                        m.getBody(), m.getSentAt(), m.isRemoved())).toList();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
