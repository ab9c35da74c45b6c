package fr.ccibusiness.community;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The network of CCIs, public information shown on the home page. */
@Stateless
public class CciService {

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public List<Cci> network() {
        return em.createNamedQuery("Cci.regionalFirst", Cci.class).getResultList();
    }
}
