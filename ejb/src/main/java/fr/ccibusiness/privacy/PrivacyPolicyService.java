package fr.ccibusiness.privacy;

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
import java.time.LocalDate;
import java.util.Optional;

/** Publishing the policy, reading its current version, and the consent ledger. */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class PrivacyPolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private ConsentLedger consents;

    @PermitAll
    public Optional<PolicyVersion> currentPolicy() {
        return em.createNamedQuery("PolicyVersion.newestFirst", PolicyVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Whether the signed-in person has yet to accept the current version of the policy: a new version
     * is asked again at their next sign-in (article 2: consent is the legal basis).
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public boolean callerMustConsent() {
        Optional<PolicyVersion> current = currentPolicy();
        if (current.isEmpty()) {
            return false;
        }
        return consents.latestOf(accounts.caller(context))
                .map(c -> !c.getPolicyVersion().getId().equals(current.get().getId())).orElse(true);
    }

    /** Records the caller's acceptance of the current version, with its date, in the ledger. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void acceptCurrentPolicy() {
        PolicyVersion current = currentPolicy().orElseThrow(() -> new IllegalStateException("No policy published"));
        if (callerMustConsent()) {
            consents.record(accounts.caller(context), current);
        }
    }

    @RolesAllowed(Names.ADMIN)
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
