package fr.ccibusiness.company;

import fr.ccibusiness.account.AccountErasure;
import fr.ccibusiness.directory.DirectoryChanged;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's part of the companies on erasure: their links go, their edits stay without their name. */
@Dependent
public class CompanyErasure {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    void erase(@Observes AccountErasure erasure) {
        em.createNamedQuery("CompanyLink.deleteOfAccounts").setParameter("accountIds", erasure.accountIds()).executeUpdate();
        em.createNamedQuery("CompanyChange.forgetAuthors").setParameter("accountIds", erasure.accountIds()).executeUpdate();
        directoryChanged.fire(new DirectoryChanged());
    }
}
