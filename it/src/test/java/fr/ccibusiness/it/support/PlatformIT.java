package fr.ccibusiness.it.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the full-stack tests: the real EAR deployed once per class on the build's WildFly, the
 * test database, and GreenMail receiving what the server sends. Tests drive the pages over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PlatformIT {

    public static final String PASSWORD = "Une phrase de passe solide !";

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withPerMethodLifecycle(false);

    protected static Mailbox mailbox;

    @Deployment(testable = false)
    public static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    @BeforeAll
    static void preparePlatform() {
        Db.ensurePolicyPublished();
        mailbox = new Mailbox(SMTP);
    }

    @BeforeEach
    void startBelowTheAddressThrottle() {
        Db.forgetFailedSignIns();
    }

    protected static String newEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    protected static Page register(WebClient web, String email, String lastName, String firstName, String password,
                                   String passwordAgain, boolean consent) {
        Page form = web.get("/register.xhtml");
        Map<String, String> fields = new HashMap<>();
        fields.put("register:lastName", lastName);
        fields.put("register:firstName", firstName);
        fields.put("register:email", email);
        fields.put("register:password", password);
        fields.put("register:passwordAgain", passwordAgain);
        if (consent) {
            fields.put("register:consent", "on");
        }
        return web.submit(form, "register", fields, "register:submit");
    }

    /** Registers and follows the verification link: an active account with {@link #PASSWORD}. */
    protected static void registerConfirmed(WebClient web, String email, String lastName, String firstName) {
        register(web, email, lastName, firstName, PASSWORD, PASSWORD, true);
        MimeMessage verification = mailbox.await(email, 1);
        web.get(Mailbox.link(verification));
    }

    /** A confirmed account that also holds {@code role}, signed in. */
    protected static WebClient signedInWithRole(String role) {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Staff", "Test");
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, ?)", Db.accountId(email), role);
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        return web;
    }

    /** A confirmed account of the platform, signed in on {@code web}. */
    protected record Person(String email, long id, WebClient web) {
    }

    /** The confirmed account of {@code email} (given a role by the test, say), signed in anew. */
    protected static Person personSignedIn(String email) {
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        return new Person(email, Db.accountId(email), web);
    }

    /** A confirmed member, active in {@code communities}, signed in. */
    protected static Person member(String firstName, long... communities) {
        Person person = confirmed("Test", firstName);
        for (long community : communities) {
            Db.join(person.id(), community);
        }
        return person;
    }

    /** A confirmed animator of {@code community}, signed in after the role was given. */
    protected static Person animatorOf(long community) {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, "Animateur", "Test");
        Db.animate(Db.accountId(email), community);
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        return new Person(email, Db.accountId(email), web);
    }

    private static Person confirmed(String lastName, String firstName) {
        String email = newEmail();
        registerConfirmed(new WebClient(), email, lastName, firstName);
        WebClient web = new WebClient();
        signIn(web, email, PASSWORD);
        return new Person(email, Db.accountId(email), web);
    }

    /** A browser in which {@code person} refused the audience cookie and signed in. */
    protected static Browser browserOf(Person person) {
        Browser browser = new Browser("fr");
        browser.open("/index.xhtml");
        browser.clickAndWaitForPage("cookie-refuse");
        LoginPage.open(browser).signIn(person.email(), PASSWORD);
        return browser;
    }

    /** Moves the server's clock {@code days} ahead of the real time (0 puts it back). */
    protected static void shiftClock(long days) {
        Page answer = new WebClient().post("/test-support/clock?days=" + days, Map.of());
        if (answer.status() != 204) {
            throw new IllegalStateException("The test server refused to move its clock: " + answer.status());
        }
    }

    protected static Page signIn(WebClient web, String email, String password) {
        Page login = web.get("/login.xhtml");
        return web.submit(login, "login", Map.of("login:email", email, "login:password", password), "login:submit");
    }
}
