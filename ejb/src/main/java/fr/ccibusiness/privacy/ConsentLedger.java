package fr.ccibusiness.privacy;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The consent ledger. Not a service of its own: the account services call it inside their secured,
 * transactional use cases, for the account they have already identified.
 */
@Dependent
public class ConsentLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Consent record(Account account, PolicyVersion version) {
        Consent consent = new Consent(account, em.getReference(PolicyVersion.class, version.getId()), clock.instant());
        em.persist(consent);
        return consent;
    }

    public List<Consent> consentsOf(Account account) {
        return em.createNamedQuery("Consent.ofAccountNewestFirst", Consent.class)
                .setParameter("accountId", account.getId()).getResultList();
    }

    public Optional<Consent> latestOf(Account account) {
        return consentsOf(account).stream().findFirst();
    }

    void erase(@Observes AccountErasure erasure) {
        em.createNamedQuery("Consent.deleteOfAccounts").setParameter("accountIds", erasure.accountIds()).executeUpdate();
    }
}
