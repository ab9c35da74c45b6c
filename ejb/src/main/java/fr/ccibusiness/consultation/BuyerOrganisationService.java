package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountChange;
import fr.ccibusiness.account.AccountHistory;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.company.Siret;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buyer organisations, run by administrators (all of them) and by a CCI's staff (those their CCI
 * looks after): creating one, attaching buyer accounts (an existing, confirmed account gets the buyer
 * role). Only an administrator says to which communities an organisation may publish.
 */
@Stateless
@RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
public class BuyerOrganisationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Consultations consultations;

    @Inject
    private Clock clock;

    @Inject
    private AccountHistory history;

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public List<BuyerOrganisationView> organisations() {
        List<BuyerOrganisation> organisations = admin()
                ? em.createNamedQuery("BuyerOrganisation.all", BuyerOrganisation.class).getResultList()
                : servedCcis().isEmpty() ? List.of()
                : em.createNamedQuery("BuyerOrganisation.ofCcis", BuyerOrganisation.class).setParameter("ccis", servedCcis())
                .getResultList();
        return organisations.stream().map(this::view).toList();
    }

    /** The CCIs the caller may attach an organisation to: all for an administrator, their own for staff. */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public Map<Long, String> ccis() {
        List<Cci> ccis = admin() ? em.createNamedQuery("Cci.regionalFirst", Cci.class).getResultList() : servedCcis();
        Map<Long, String> names = new LinkedHashMap<>();
        ccis.forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public long create(String name, String siret, BuyerKind kind, Long cciId) {
        Cci cci = cciId == null ? null : em.find(Cci.class, cciId);
        if (cci == null || !(admin() || cci.isServedBy(caller()))) {
            throw new InvalidConsultationException("buyer.cci.required");
        }
        BuyerOrganisation organisation = new BuyerOrganisation(name, siret, kind, cci, clock.instant());
        if (!em.createNamedQuery("BuyerOrganisation.bySiret", BuyerOrganisation.class)
                .setParameter("siret", Siret.normalize(siret)).getResultList().isEmpty()) {
            throw new InvalidConsultationException("buyer.siret.taken");
        }
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** Attaches an existing, confirmed account as a buyer of the organisation (one organisation per account). */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void addBuyer(long organisationId, String email) {
        BuyerOrganisation organisation = managed(organisationId);
        Account account = accounts.byEmail(email == null ? "" : email).filter(Account::isActive)
                .orElseThrow(() -> new InvalidConsultationException("buyer.email.unknown"));
        Optional<BuyerOrganisation> current = consultations.organisationOf(account);
        if (current.isPresent()) {
            throw new InvalidConsultationException(current.get().getId().equals(organisation.getId())
                    ? "buyer.email.already" : "buyer.email.otherOrganisation");
        }
        organisation.addBuyer(account);
        history.record(account, caller(), AccountChange.Action.BUYER_APPOINTED, organisation.getName());
    }

    /** Detaches a buyer: they no longer see the organisation's consultations (what they did stays in the journals). */
    @RolesAllowed({Names.ADMIN, Names.CCI_STAFF})
    public void removeBuyer(long organisationId, long accountId) {
        BuyerOrganisation organisation = managed(organisationId);
        Account account = Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(ConsultationNotFoundException::new);
        if (organisation.hasBuyer(account)) {
            organisation.removeBuyer(account);
            history.record(account, caller(), AccountChange.Action.BUYER_REMOVED, organisation.getName());
        }
    }

    @RolesAllowed(Names.ADMIN)
    public void allow(long organisationId, long communityId) {
        managed(organisationId).allow(community(communityId));
    }

    @RolesAllowed(Names.ADMIN)
    public void disallow(long organisationId, long communityId) {
        managed(organisationId).disallow(community(communityId));
    }

    private Community community(long communityId) {
        return Optional.ofNullable(em.find(Community.class, communityId)).orElseThrow(ConsultationNotFoundException::new);
    }

    private BuyerOrganisationView view(BuyerOrganisation o) {
        Map<Long, String> names = accounts.displayNames(o.getBuyers().stream().map(Account::getId).toList());
        return new BuyerOrganisationView(o.getId(), o.getName(), o.getSiret(), o.getKind(), o.getCci().getName(),
                o.getBuyers().stream().map(a -> new BuyerOrganisationView.Buyer(a.getId(), names.getOrDefault(a.getId(), ""),
                        a.getEmail())).sorted(Comparator.comparing(BuyerOrganisationView.Buyer::email)).toList(),
                o.getCommunities().stream().map(c -> new BuyerOrganisationView.Target(c.getId(), c.getName()))
                        .sorted(Comparator.comparing(BuyerOrganisationView.Target::name)).toList(),
                em.createNamedQuery("Consultation.ofOrganisation", Consultation.class).setParameter("organisation", o)
                        .getResultStream().map(c -> ConsultationSummary.of(c, clock.instant())).toList());
    }

    private BuyerOrganisation managed(long organisationId) {
        BuyerOrganisation organisation = em.find(BuyerOrganisation.class, organisationId);
        if (organisation == null || !(admin() || organisation.getCci().isServedBy(caller()))) {
            throw new ConsultationNotFoundException();
        }
        return organisation;
    }

    private List<Cci> servedCcis() {
        return em.createQuery("SELECT c FROM Cci c JOIN c.staff s WHERE s = :me ORDER BY c.name", Cci.class)
                .setParameter("me", caller()).getResultList();
    }

    private boolean admin() {
        return context.isCallerInRole(Names.ADMIN);
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
