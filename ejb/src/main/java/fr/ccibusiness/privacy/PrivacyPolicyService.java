package fr.ccibusiness.privacy;

import fr.ccibusiness.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Publishing the policy, reading its current version, and the consent ledger. */
@Stateless
public class PrivacyPolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PermitAll
    public Optional<PolicyVersion> currentPolicy() {
        return em.createNamedQuery("PolicyVersion.newestFirst", PolicyVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public PolicyVersion publishPolicy(String label, LocalDate publishedOn, String htmlFr, String htmlEn) {
        if (!em.createNamedQuery("PolicyVersion.byLabel", PolicyVersion.class)
                .setParameter("label", label).getResultList().isEmpty()) {
            throw new IllegalArgumentException("Policy version " + label + " exists already");
        }
        PolicyVersion version = new PolicyVersion(label, publishedOn, htmlFr, htmlEn, clock.instant());
        em.persist(version);
        return version;
    }
}
