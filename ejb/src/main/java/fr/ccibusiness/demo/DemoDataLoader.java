package fr.ccibusiness.demo;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.PasswordHasher;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.privacy.ConsentLedger;
import fr.ccibusiness.privacy.PolicyVersion;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/** Loads the demo CCIs, the privacy policy and one account per role, once, when the run command asks. */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@RunAs(Role.Names.ADMIN)
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private ConsentLedger consents;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PostConstruct
    void load() {
        if (!settings.demo()) {
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
        log.info("Demo data ready: sign in as membre@demo.ccibusiness.fr (and the other README accounts)");
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
