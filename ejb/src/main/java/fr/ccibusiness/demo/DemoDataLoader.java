package fr.ccibusiness.demo;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.PasswordHasher;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.AdmissionRequirement;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityAdminService;
import fr.ccibusiness.community.CommunityForm;
import fr.ccibusiness.community.CommunityKind;
import fr.ccibusiness.community.JoinPolicy;
import fr.ccibusiness.consultation.BuyerOrganisation;
import fr.ccibusiness.consultation.DemoConsultations;
import fr.ccibusiness.advisory.DemoSupport;
import fr.ccibusiness.event.DemoEvents;
import fr.ccibusiness.event.Event;
import fr.ccibusiness.meeting.DemoMeetings;
import fr.ccibusiness.people.DemoPeople;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.privacy.ConsentLedger;
import fr.ccibusiness.privacy.PolicyVersion;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads the demo CCIs, the privacy policy, one account per role, the communities, a buyer with its consultations and a few hundred
 * companies and people, once, when the run command asks ({@code -Dcci.demo=true}). Called by
 * {@link fr.ccibusiness.platform.StartupSequence}, which says when.
 * <p>
 * All of it is written in one transaction that ends by writing the marker row of {@code app.demo_data}
 * (migration V19): a database holds the whole demo or none of it, so a server killed half-way through
 * a first load loads it again, from nothing, at its next start. A transaction-scoped advisory lock
 * keeps two servers starting together on one database from both loading it.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DemoDataLoader {

    /** Shared by every demo account; listed in the README. */
    public static final String DEMO_PASSWORD = "Demo-CCI-Business-2026";

    private record DemoAccount(String email, String lastName, String firstName, Role role) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("membre@demo.ccibusiness.fr", "Lefèvre", "Camille", Role.MEMBER),
            new DemoAccount("donneur@demo.ccibusiness.fr", "Marchand", "Hugo", Role.BUYER),
            new DemoAccount("animateur@demo.ccibusiness.fr", "Duval", "Léa", Role.ANIMATOR),
            new DemoAccount("conseiller@demo.ccibusiness.fr", "Lemoine", "Thomas", Role.CCI_STAFF),
            new DemoAccount("admin@demo.ccibusiness.fr", "Girard", "Nathalie", Role.ADMIN),
            new DemoAccount("dpo@demo.ccibusiness.fr", "Bertrand", "Julien", Role.DPO));

    private static final List<Cci> CCIS = List.of(
            new Cci("normandie", "CCI Normandie", "Rouen", true),
            new Cci("caen", "CCI Caen Normandie", "Caen", false),
            new Cci("rouen", "CCI Rouen Métropole", "Rouen", false),
            new Cci("seine-estuaire", "CCI Seine Estuaire", "Le Havre", false),
            new Cci("ouest-normandie", "CCI Ouest Normandie", "Cherbourg-en-Cotentin", false),
            new Cci("portes-normandie", "CCI Portes de Normandie", "Évreux", false));

    private record DemoCommunity(String cci, CommunityKind kind, String name, JoinPolicy policy, String department,
                                 String description, Set<AdmissionRequirement> requirements) {
    }

    private static final List<DemoCommunity> COMMUNITIES = List.of(
            new DemoCommunity("normandie", CommunityKind.SECTOR, "Aéronautique & spatial", JoinPolicy.APPROVAL, null,
                    "Les sous-traitants et fournisseurs de la filière aéronautique et spatiale normande.",
                    Set.of(AdmissionRequirement.COMPANY, AdmissionRequirement.CERTIFICATIONS)),
            new DemoCommunity("ouest-normandie", CommunityKind.SECTOR, "Nucléaire", JoinPolicy.APPROVAL, null,
                    "Entreprises intervenant sur les grands chantiers et la maintenance des sites nucléaires.",
                    Set.of(AdmissionRequirement.COMPANY, AdmissionRequirement.WORKFORCE)),
            new DemoCommunity("ouest-normandie", CommunityKind.SECTOR, "Naval & nautisme", JoinPolicy.OPEN, null,
                    "Construction navale, réparation et équipements nautiques du Cotentin à l’estuaire.",
                    Set.of(AdmissionRequirement.COMPANY)),
            new DemoCommunity("caen", CommunityKind.SECTOR, "Agroalimentaire", JoinPolicy.OPEN, null,
                    "Producteurs, transformateurs et équipementiers de l’agroalimentaire normand.", Set.of()),
            new DemoCommunity("rouen", CommunityKind.SECTOR, "Numérique", JoinPolicy.OPEN, null,
                    "Éditeurs, ESN, agences et startups du numérique en Normandie.", Set.of(AdmissionRequirement.COMPETENCES)),
            new DemoCommunity("seine-estuaire", CommunityKind.SECTOR, "Énergies marines renouvelables", JoinPolicy.APPROVAL, null,
                    "La chaîne de valeur de l’éolien en mer et des énergies marines.", Set.of(AdmissionRequirement.COMPANY)),
            new DemoCommunity("seine-estuaire", CommunityKind.SECTOR, "Logistique portuaire", JoinPolicy.OPEN, null,
                    "Transitaires, transporteurs et prestataires des ports du Havre et de Rouen.", Set.of()),
            new DemoCommunity("rouen", CommunityKind.SECTOR, "Chimie & pharmacie", JoinPolicy.APPROVAL, null,
                    "Industries chimiques, pharmaceutiques et cosmétiques de la vallée de la Seine.",
                    Set.of(AdmissionRequirement.COMPANY, AdmissionRequirement.CERTIFICATIONS)),
            new DemoCommunity("caen", CommunityKind.TERRITORY, "Caen la Mer", JoinPolicy.OPEN, "14",
                    "Les entreprises de l’agglomération caennaise.", Set.of()),
            new DemoCommunity("rouen", CommunityKind.TERRITORY, "Rouen Métropole", JoinPolicy.OPEN, "76",
                    "Les entreprises de la métropole rouennaise.", Set.of()),
            new DemoCommunity("seine-estuaire", CommunityKind.TERRITORY, "Le Havre Seine", JoinPolicy.OPEN, "76",
                    "Les entreprises du Havre et de l’estuaire de la Seine.", Set.of()),
            new DemoCommunity("ouest-normandie", CommunityKind.TERRITORY, "Cotentin", JoinPolicy.OPEN, "50",
                    "Les entreprises du Cotentin, de Cherbourg à la Hague.", Set.of()));

    private static final int DEMO_COMPANIES = 400;
    private static final int DEMO_PEOPLE = 600;
    /** Any number of ours, the same on every server: the key of the advisory lock. */
    private static final long LOAD_LOCK = 0x43434944454d4fL;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CciDS")
    private DataSource dataSource;

    @Inject
    private CommunityAdminService communityAdmin;

    @Inject
    private Settings settings;

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private ConsentLedger consents;

    @Inject
    private Accounts accounts;

    @Inject
    private DemoConsultations consultations;

    @Inject
    private DemoEvents events;

    @Inject
    private DemoSupport support;

    @Inject
    private DemoMeetings meetings;

    @Inject
    private DemoPeople people;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    /** Loads the demo data unless the run command did not ask for it or the database has it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.Names.ADMIN)
    public void loadIfAsked() {
        if (!settings.demo()) {
            return;
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")) AS waited").getSingleResult();
        Object loadedAt = em.createNativeQuery("SELECT loaded_at FROM app.demo_data").getResultList().stream().findFirst().orElse(null);
        if (loadedAt != null) {
            log.info(() -> "Demo data loaded on " + loadedAt + ": not loaded again");
            return;
        }
        for (Cci cci : CCIS) {
            if (em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", cci.getCode()).getResultList().isEmpty()) {
                em.persist(new Cci(cci.getCode(), cci.getName(), cci.getCity(), cci.isRegional()));
            }
        }
        PolicyVersion policy = policies.currentPolicy().orElseGet(() -> policies.publishPolicy("1.0",
                LocalDate.of(2026, 11, 1), resource("demo/policy-fr.html"), resource("demo/policy-en.html")));
        String hash = PasswordHasher.hash(DEMO_PASSWORD);
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.byEmail(demo.email()).isEmpty()) {
                Account account = Account.register(demo.email(), hash, Locale.FRENCH, clock.instant());
                account.grant(demo.role());
                account.confirmEmail(clock.instant());
                em.persist(account);
                em.persist(new Member(account, demo.lastName(), demo.firstName()));
                consents.record(account, policy);
            }
        }
        if (loadCommunities()) {
            generateCompaniesAndPeople();
            consultations.load(accounts.byEmail("donneur@demo.ccibusiness.fr").orElseThrow(),
                    em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", "normandie").getSingleResult(),
                    community("Aéronautique & spatial"), community("Nucléaire"));
            Account member = demoAccount("membre@demo.ccibusiness.fr");
            Account buyer = demoAccount("donneur@demo.ccibusiness.fr");
            Event suppliersDay = events.load(member, demoAccount("animateur@demo.ccibusiness.fr"), buyer,
                    demoAccount("conseiller@demo.ccibusiness.fr"), community("Aéronautique & spatial"), community("Nucléaire"),
                    community("Agroalimentaire"), em.createNamedQuery("BuyerOrganisation.ofBuyer", BuyerOrganisation.class)
                            .setParameter("account", buyer).getSingleResult());
            meetings.load(suppliersDay, buyer, member);
            support.load(em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", "caen").getSingleResult(),
                    demoAccount("conseiller@demo.ccibusiness.fr"), member, community("Agroalimentaire"));
            people.load(demoAccount("admin@demo.ccibusiness.fr"));
        }
        em.createNativeQuery("INSERT INTO app.demo_data (loaded_at) VALUES (now())").executeUpdate();
        log.info("Demo data ready: sign in as membre@demo.ccibusiness.fr (and the other README accounts)");
    }

    /** @return whether the communities were created now (a fresh database) */
    private boolean loadCommunities() {
        if (!em.createQuery("SELECT c FROM Community c", Community.class).setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        for (DemoCommunity demo : COMMUNITIES) {
            CommunityForm form = new CommunityForm();
            form.setCciId(em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", demo.cci()).getSingleResult().getId());
            form.setKind(demo.kind());
            form.setName(demo.name());
            form.setDescription(demo.description());
            form.setJoinPolicy(demo.policy());
            form.setDepartmentCode(demo.department());
            form.setRequirements(List.copyOf(demo.requirements()));
            Community community = communityAdmin.createCommunity(form);
            if (demo.policy() == JoinPolicy.APPROVAL || demo.kind() == CommunityKind.TERRITORY) {
                communityAdmin.appointAnimator(community.getId(), "animateur@demo.ccibusiness.fr");
            }
        }
        Cci caen = em.createNamedQuery("Cci.byCode", Cci.class).setParameter("code", "caen").getSingleResult();
        communityAdmin.appointStaff(caen.getId(), "conseiller@demo.ccibusiness.fr");
        return true;
    }

    /**
     * A few hundred generated companies and people in the demo communities (demo/generator.sql), then
     * the demo member's network and a community space (demo/networking.sql).
     */
    private void generateCompaniesAndPeople() {
        em.flush();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(resource("demo/generator.sql"));
            try (ResultSet result = statement.executeQuery("SELECT app.generate_data(" + DEMO_COMPANIES + ", "
                    + DEMO_PEOPLE + ", 0)")) {
                result.next();
                String summary = result.getString(1);
                log.info(() -> "Demo data generated: " + summary);
            }
            statement.execute(resource("demo/networking.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the demo companies", e);
        }
        storeSpaceDocuments();
    }

    /** The bytes of the demo space's document versions (networking.sql leaves them to the file store). */
    private void storeSpaceDocuments() {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("SELECT v.id, v.number FROM app.document_version v"
                + " WHERE NOT EXISTS (SELECT 1 FROM app.document_content c WHERE c.version_id = v.id)").getResultList();
        for (Object[] version : versions) {
            byte[] bytes = ("%PDF-1.4\n% Barometre 2026, version " + version[1] + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
            try {
                FileStore.Stored stored = files.write(new ByteArrayInputStream(bytes), bytes.length);
                em.createNativeQuery("INSERT INTO app.document_content (version_id, file_id) VALUES (?1, ?2)")
                        .setParameter(1, version[0]).setParameter(2, stored.id()).executeUpdate();
                em.createNativeQuery("UPDATE app.document_version SET size_bytes = ?1, sha256 = ?2 WHERE id = ?3")
                        .setParameter(1, stored.size()).setParameter(2, stored.sha256()).setParameter(3, version[0]).executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Account demoAccount(String email) {
        return accounts.byEmail(email).orElseThrow();
    }

    private Community community(String name) {
        return em.createQuery("SELECT c FROM Community c WHERE c.name = :name", Community.class).setParameter("name", name)
                .getSingleResult();
    }

    private static String resource(String name) {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
