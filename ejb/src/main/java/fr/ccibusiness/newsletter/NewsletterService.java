package fr.ccibusiness.newsletter;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityNotFoundException;
import fr.ccibusiness.platform.HtmlSanitizer;
import fr.ccibusiness.platform.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The animator's newsletter console: write (sanitised on save), preview, test, schedule, cancel, and
 * read the figures. Only for communities the caller animates (any community for an administrator);
 * anything else is "not found". Sending itself is the dispatch job's (batch module).
 */
@Stateless
@DeclareRoles({Names.ANIMATOR, Names.ADMIN})
public class NewsletterService {

    /** How long a claimed dispatch may take to start before another may take it over. */
    static final java.time.Duration START_GRACE = java.time.Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private NewsletterRenderer renderer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Clock clock;

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public Community animatedCommunity(long communityId) {
        Community community = em.find(Community.class, communityId);
        if (community == null || !mayAnimate(community)) {
            throw new CommunityNotFoundException();
        }
        return community;
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public List<NewsletterReport> newslettersOf(long communityId) {
        Community community = animatedCommunity(communityId);
        Map<Long, Long> unsubscribed = unsubscribedSinceEach(communityId);
        return em.createNamedQuery("Newsletter.ofCommunity", Newsletter.class).setParameter("community", community)
                .getResultStream().map(n -> new NewsletterReport(n, unsubscribed.getOrDefault(n.getId(), 0L))).toList();
    }

    /** One newsletter of a community the caller animates. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public Newsletter newsletter(long newsletterId) {
        Newsletter newsletter = em.find(Newsletter.class, newsletterId);
        if (newsletter == null || !mayAnimate(newsletter.getCommunity())) {
            throw new NewsletterNotFoundException();
        }
        return newsletter;
    }

    /**
     * Creates ({@code newsletterId} null) or edits a draft; the body is sanitised here, once. Returns its id.
     * An edit made on the draft as it was at {@code readVersion} is refused if another animator saved it
     * since ({@link NewsletterChangedMeanwhileException}).
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public long save(long communityId, Long newsletterId, Long readVersion, String subject, String html) {
        String cleanSubject = subject == null ? "" : subject.strip().replaceAll("[\\r\\n]+", " ");
        if (cleanSubject.isEmpty()) {
            throw new InvalidNewsletterException("subject", "form.field.required");
        }
        if (cleanSubject.length() > Newsletter.SUBJECT_MAX) {
            throw new InvalidNewsletterException("subject", "newsletter.subject.tooLong");
        }
        if (html != null && html.length() > Newsletter.BODY_MAX) {
            throw new InvalidNewsletterException("body", "newsletter.body.tooLong");
        }
        String body = HtmlSanitizer.sanitize(html);
        if (body.replaceAll("<[^>]+>", "").isBlank()) {
            throw new InvalidNewsletterException("body", "newsletter.body.required");
        }
        Instant now = clock.instant();
        if (newsletterId == null) {
            Newsletter created = new Newsletter(animatedCommunity(communityId), caller().getId(), cleanSubject, body, now);
            em.persist(created);
            em.flush();
            return created.getId();
        }
        Newsletter existing = newsletter(newsletterId);
        em.refresh(existing, LockModeType.PESSIMISTIC_WRITE);
        if (readVersion == null || readVersion != existing.getVersion()) {
            throw new NewsletterChangedMeanwhileException(existing.getSubject(), existing.getVersion());
        }
        existing.edit(cleanSubject, body, now);
        return existing.getId();
    }

    /** The newsletter as the caller would receive it, HTML and text. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public PersonalNewsletter preview(long newsletterId) {
        Newsletter newsletter = newsletter(newsletterId);
        Account me = caller();
        Member member = accounts.memberOf(me);
        return renderer.render(NewsletterRenderer.contentOf(newsletter), me.getId(), me.getEmail(), member.getFirstName(),
                me.getLocale(), false);
    }

    /** Sends the newsletter, marked as a test, to the caller only. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void sendTest(long newsletterId) {
        Newsletter newsletter = newsletter(newsletterId);
        Account me = caller();
        PersonalNewsletter test = renderer.render(NewsletterRenderer.contentOf(newsletter), me.getId(), me.getEmail(),
                accounts.memberOf(me).getFirstName(), me.getLocale(), true);
        // Through the outbox, after this transaction: the list headers are the real dispatch's, not a test's.
        outbox.fire(test.mail());
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void schedule(long newsletterId, Instant at) {
        if (at == null) {
            throw new InvalidNewsletterException("sendAt", "form.field.required");
        }
        newsletter(newsletterId).schedule(at, clock.instant());
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void cancel(long newsletterId) {
        newsletter(newsletterId).cancel(clock.instant());
    }

    /**
     * Marks the newsletter as being sent to the subscribers of this moment, once: the caller starts
     * the dispatch job only if this returned true (a scheduled newsletter claimed by another server,
     * or one already started, returns false).
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public boolean claimForDispatch(long newsletterId) {
        Newsletter newsletter = newsletter(newsletterId);
        if (!newsletter.isEditable()) {
            return false;
        }
        newsletter.startDispatch(subscribers(newsletter.getCommunity().getId()), clock.instant());
        em.flush();
        return true;
    }

    /**
     * A dispatch claimed but never started (the server died, or the job could not start, between the
     * claim and the start): taken over by the caller, once, if it has waited {@link #START_GRACE}. Returns
     * whether the caller is to start the job (and record its execution); two callers never both are.
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public boolean takeOverUnstarted(long newsletterId) {
        newsletter(newsletterId);
        Instant now = clock.instant();
        return em.createNativeQuery("UPDATE app.newsletter SET started_at = ?1 WHERE id = ?2 AND status = 'SENDING'"
                        + " AND dispatch_execution_id IS NULL AND started_at <= ?3")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, newsletterId)
                .setParameter(3, java.sql.Timestamp.from(now.minus(START_GRACE))).executeUpdate() == 1;
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void dispatchedBy(long newsletterId, long executionId) {
        newsletter(newsletterId).dispatchedBy(executionId);
    }

    /** Scheduled newsletters whose time has come. */
    @RolesAllowed(Names.ADMIN)
    public List<Long> due() {
        return em.createNamedQuery("Newsletter.due", Newsletter.class).setParameter("status", NewsletterStatus.SCHEDULED)
                .setParameter("now", clock.instant()).getResultStream().map(Newsletter::getId).toList();
    }

    /** Newsletters being sent, to resume after a restart of the server. */
    @RolesAllowed(Names.ADMIN)
    public List<Newsletter> sending() {
        return em.createQuery("SELECT n FROM Newsletter n WHERE n.status = :status", Newsletter.class)
                .setParameter("status", NewsletterStatus.SENDING).getResultList();
    }

    /** Active members of the community who receive its newsletter, now. */
    private int subscribers(long communityId) {
        return ((Number) em.createNativeQuery(NewsletterAudience.COUNT).setParameter(1, communityId).getSingleResult()).intValue();
    }

    /** For each newsletter of the community that went out, how many unsubscribed since it started, in one query. */
    @SuppressWarnings("unchecked")
    private Map<Long, Long> unsubscribedSinceEach(long communityId) {
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, count(s.id) FROM app.newsletter n"
                + " JOIN app.newsletter_subscription s ON s.community_id = n.community_id AND s.unsubscribed_at >= n.started_at"
                + " WHERE n.community_id = ?1 GROUP BY n.id").setParameter(1, communityId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private boolean mayAnimate(Community community) {
        return context.isCallerInRole(Role.ADMIN.realmName()) || community.isAnimatedBy(caller());
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
