package fr.ccibusiness.people;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountChange.Action;
import fr.ccibusiness.account.AccountHistory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The people console's demo: a generated member of "Caen la Mer" locked by the demo administrator, with
 * its reason and history, so that the console (and the CCI Caen advisor's view of it) shows one.
 */
@Dependent
public class DemoPeople {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountHistory history;

    @Inject
    private Clock clock;

    public void load(Account admin) {
        em.createQuery("SELECT m.account FROM Membership m WHERE m.community.name = 'Caen la Mer'"
                        + " AND m.account.email LIKE '%@generated.ccibusiness.example.fr' ORDER BY m.account.id", Account.class)
                .setMaxResults(1).getResultStream().findFirst().ifPresent(account -> {
                    account.lock("Démarchage commercial abusif signalé par trois membres", clock.instant());
                    history.record(account, admin, Action.LOCKED, account.getLockReason());
                });
    }
}
