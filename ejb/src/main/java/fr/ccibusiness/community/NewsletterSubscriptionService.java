package fr.ccibusiness.community;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Mes abonnements" (policy articles 4 and 7): the newsletters of my communities, each switched on or
 * off by me, or all stopped at once. Only the caller's own subscriptions, and only for communities
 * they are an active member of.
 */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class NewsletterSubscriptionService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private UnsubscribeTokens tokens;

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<SubscriptionLine> mySubscriptions() {
        Account me = caller();
        Map<Long, NewsletterSubscription> subscriptions = subscriptionsOf(me).stream()
                .collect(Collectors.toMap(s -> s.getCommunity().getId(), Function.identity()));
        return activeMemberships(me).stream()
                .map(Membership::getCommunity)
                .sorted(Comparator.comparing(Community::getName))
                .map(c -> {
                    NewsletterSubscription s = subscriptions.get(c.getId());
                    boolean on = s != null && s.isActive();
                    return new SubscriptionLine(c.getId(), c.getName(), on, on ? s.getSubscribedAt() : null);
                })
                .toList();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void subscribe(long communityId) {
        Account me = caller();
        Membership membership = activeMemberships(me).stream().filter(m -> m.getCommunity().getId() == communityId)
                .findFirst().orElseThrow(CommunityNotFoundException::new);
        Instant now = clock.instant();
        subscriptionsOf(me).stream().filter(s -> s.getCommunity().getId() == communityId).findFirst()
                .ifPresentOrElse(s -> s.resubscribe(now, NewsletterSubscription.SOURCE_ACCOUNT),
                        () -> em.persist(new NewsletterSubscription(membership.getCommunity(), me, now,
                                NewsletterSubscription.SOURCE_ACCOUNT)));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void unsubscribe(long communityId) {
        Instant now = clock.instant();
        subscriptionsOf(caller()).stream().filter(s -> s.getCommunity().getId() == communityId)
                .forEach(s -> s.unsubscribe(now));
    }

    /** Opposition: no newsletter at all any more. Returns how many subscriptions ended. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public int unsubscribeFromAll() {
        Instant now = clock.instant();
        List<NewsletterSubscription> active = subscriptionsOf(caller()).stream().filter(NewsletterSubscription::isActive).toList();
        active.forEach(s -> s.unsubscribe(now));
        return active.size();
    }

    /** The community a link's token unsubscribes from, if the token is genuine: for the page that asks to confirm. */
    @PermitAll
    public Optional<String> communityOfLink(String token) {
        return tokens.verify(token).map(s -> em.find(Community.class, s.communityId())).map(Community::getName);
    }

    /**
     * The unsubscribe link of a newsletter, without signing in (article 7): the signed token names the
     * subscription, and only that one ends. Returns the community's name, or empty for a forged token.
     */
    @PermitAll
    public Optional<String> unsubscribeWithLink(String token) {
        Optional<UnsubscribeTokens.Subscription> link = tokens.verify(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createQuery("SELECT s FROM NewsletterSubscription s WHERE s.account.id = :account AND s.community.id = :community",
                        NewsletterSubscription.class)
                .setParameter("account", link.get().accountId()).setParameter("community", link.get().communityId())
                .getResultStream().forEach(s -> s.unsubscribe(now));
        return Optional.ofNullable(em.find(Community.class, link.get().communityId())).map(Community::getName);
    }

    private List<NewsletterSubscription> subscriptionsOf(Account account) {
        return em.createNamedQuery("NewsletterSubscription.ofAccount", NewsletterSubscription.class)
                .setParameter("account", account).getResultList();
    }

    private List<Membership> activeMemberships(Account account) {
        return em.createNamedQuery("Membership.ofAccount", Membership.class).setParameter("account", account)
                .getResultStream().filter(Membership::isActive).toList();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
