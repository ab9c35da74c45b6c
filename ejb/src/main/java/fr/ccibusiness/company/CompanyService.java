package fr.ccibusiness.company;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.directory.DirectoryChanged;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.reference.ReferenceDataService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Companies and the people attached to them. A SIRET is registered once; whoever types an existing
 * one asks to join, and a member of that company (or CCI staff, when it has none) decides. Only
 * approved members read the edit form, change the record or see its history: to anyone else the
 * company is {@linkplain CompanyNotFoundException not found}.
 */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class CompanyService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private ReferenceDataService references;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Registers a new company, the caller as its first member. */
    @RolesAllowed(Names.MEMBER)
    public Company registerCompany(@NotNull @Valid CompanyForm form) {
        if (!Siret.isValid(form.getSiret())) {
            throw new InvalidSiretException();
        }
        String siret = Siret.normalize(form.getSiret());
        if (bySiret(siret).isPresent()) {
            throw new CompanyAlreadyRegisteredException(siret);
        }
        Instant now = clock.instant();
        Company company = Company.register(form, references.naf(form.getNafCode()).orElse(null),
                references.commune(form.getCommuneCode()).orElse(null), now);
        em.persist(company);
        em.persist(CompanyLink.founder(company, caller(), now));
        directoryChanged.fire(new DirectoryChanged());
        return company;
    }

    /** Asks to be attached to the company of that SIRET; its members are told by e-mail. */
    @RolesAllowed(Names.MEMBER)
    public void requestToJoin(String typedSiret) {
        Company company = bySiret(Siret.normalize(typedSiret)).orElseThrow(CompanyNotFoundException::new);
        Account account = caller();
        Instant now = clock.instant();
        Optional<CompanyLink> existing = link(company, account);
        if (existing.isPresent()) {
            existing.get().askAgain(now);
        } else {
            em.persist(CompanyLink.request(company, account, now));
        }
        String requester = accounts.memberOf(account).getDisplayName();
        for (CompanyLink member : linksWithStatus(company, CompanyLinkStatus.APPROVED)) {
            Account recipient = member.getAccount();
            outbox.fire(composer.compose(recipient.getEmail(), recipient.getLocale(), "join-request",
                    settings.baseUrl() + "/account/companies.xhtml",
                    accounts.memberOf(recipient).getFirstName(), requester, company.getLegalName()));
        }
    }

    /** The caller's companies, approved or still requested. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<CompanyLink> myCompanies() {
        return em.createNamedQuery("CompanyLink.ofAccount", CompanyLink.class)
                .setParameter("account", caller()).getResultList();
    }

    /** Requests the caller may decide: those of their companies, and for CCI staff those of companies without members. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<CompanyLink> requestsToDecide() {
        List<CompanyLink> requests = new ArrayList<>(em.createNamedQuery("CompanyLink.requestsToDecideBy", CompanyLink.class)
                .setParameter("account", caller()).getResultList());
        if (isStaff()) {
            List<CompanyLink> orphans = em.createNamedQuery("CompanyLink.requestsOfCompaniesWithoutMembers", CompanyLink.class)
                    .getResultList();
            audit.read(caller(), context.isCallerInRole(Role.ADMIN.realmName()) ? Role.ADMIN : Role.CCI_STAFF,
                    orphans.stream().map(CompanyLink::getAccount).toList(),
                    "demandes de rattachement à des entreprises sans membre");
            requests.addAll(orphans);
        }
        return requests;
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void decideRequest(long linkId, boolean approve) {
        CompanyLink request = em.find(CompanyLink.class, linkId);
        if (request == null || !mayDecide(request)) {
            throw new CompanyNotFoundException();
        }
        request.decide(approve, clock.instant());
        directoryChanged.fire(new DirectoryChanged());
        Account requester = request.getAccount();
        outbox.fire(composer.compose(requester.getEmail(), requester.getLocale(),
                approve ? "join-approved" : "join-refused", settings.baseUrl() + "/account/companies.xhtml",
                accounts.memberOf(requester).getFirstName(), request.getCompany().getLegalName()));
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Company company(long companyId) {
        return companyOfApprovedMember(companyId);
    }

    /**
     * Saves the record and identity sheet; each changed field goes into the history with its author. A form
     * read before someone else's save is refused ({@link CompanyChangedMeanwhileException}, with their
     * changes): the record is locked while it is compared and written, so two saves cannot cross.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<Company.FieldChange> updateCompany(long companyId, @NotNull @Valid CompanyForm form) {
        Company company = companyOfApprovedMember(companyId);
        em.refresh(company, LockModeType.PESSIMISTIC_WRITE);
        if (form.getVersion() == null || form.getVersion() != company.getVersion()) {
            long read = form.getVersion() == null ? 0 : form.getVersion();
            throw new CompanyChangedMeanwhileException(em.createNamedQuery("CompanyChange.since", CompanyChange.class)
                    .setParameter("company", company).setParameter("version", read).getResultList(), company.getVersion());
        }
        Instant now = clock.instant();
        List<Company.FieldChange> changes = company.update(form, references.naf(form.getNafCode()).orElse(null),
                references.commune(form.getCommuneCode()).orElse(null), now);
        Account author = caller();
        long savedVersion = company.getVersion() + 1; // the version this save gives the record
        changes.forEach(change -> em.persist(new CompanyChange(company, author, now, savedVersion, change)));
        directoryChanged.fire(new DirectoryChanged());
        return changes;
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<CompanyChange> history(long companyId) {
        return em.createNamedQuery("CompanyChange.ofCompany", CompanyChange.class)
                .setParameter("company", companyOfApprovedMember(companyId)).getResultList();
    }

    private Company companyOfApprovedMember(long companyId) {
        Company company = em.find(Company.class, companyId);
        if (company == null || link(company, caller()).filter(CompanyLink::isApproved).isEmpty()) {
            throw new CompanyNotFoundException();
        }
        return company;
    }

    private boolean mayDecide(CompanyLink request) {
        List<CompanyLink> members = linksWithStatus(request.getCompany(), CompanyLinkStatus.APPROVED);
        if (members.isEmpty()) {
            return isStaff();
        }
        Account account = caller();
        return members.stream().anyMatch(m -> m.getAccount().getId().equals(account.getId()));
    }

    private boolean isStaff() {
        return context.isCallerInRole(Role.CCI_STAFF.realmName()) || context.isCallerInRole(Role.ADMIN.realmName());
    }

    private Optional<Company> bySiret(String siret) {
        return em.createNamedQuery("Company.bySiret", Company.class).setParameter("siret", siret)
                .getResultStream().findFirst();
    }

    private Optional<CompanyLink> link(Company company, Account account) {
        return em.createNamedQuery("CompanyLink.ofCompanyAndAccount", CompanyLink.class)
                .setParameter("company", company).setParameter("account", account)
                .getResultStream().findFirst();
    }

    private List<CompanyLink> linksWithStatus(Company company, CompanyLinkStatus status) {
        return em.createNamedQuery("CompanyLink.ofCompanyWithStatus", CompanyLink.class)
                .setParameter("company", company).setParameter("status", status).getResultList();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
