package fr.ccibusiness.account;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes an account's history from inside the services that change it from a console, in their
 * transaction: a change that happened is a change that is recorded.
 */
@Dependent
public class AccountHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    /** {@code actor} made the change; {@code null} when the platform did (the demo data loaded at start-up). */
    public void record(Account subject, Account actor, AccountChange.Action action, String detail) {
        String actorLabel = actor == null ? null : accounts.label(actor);
        em.persist(new AccountChange(subject.getId(), actor == null ? null : actor.getId(), actorLabel, clock.instant(), action, detail));
    }

    /** The account's changes, the latest first. */
    public List<AccountChange> of(Account subject) {
        return em.createNamedQuery("AccountChange.ofAccount", AccountChange.class)
                .setParameter("accountId", subject.getId()).getResultList();
    }

    /** An erased account's history goes with it; where the person changed others' accounts, they are forgotten. */
    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        em.createNativeQuery("DELETE FROM app.account_change WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.account_change SET actor_id = NULL, actor_label = NULL WHERE actor_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
    }
}
