package fr.ccibusiness.company;

import fr.ccibusiness.account.AccountErasure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's part of the companies on erasure: their links go, their edits stay without their name. */
@Dependent
public class CompanyErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes AccountErasure erasure) {
        em.createNamedQuery("CompanyLink.deleteOfAccount").setParameter("accountId", erasure.accountId()).executeUpdate();
        em.createNamedQuery("CompanyChange.forgetAuthor").setParameter("accountId", erasure.accountId()).executeUpdate();
    }
}
