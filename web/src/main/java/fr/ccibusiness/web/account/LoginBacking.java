package fr.ccibusiness.web.account;

import fr.ccibusiness.account.EmailAddress;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.SignInOutcome;
import fr.ccibusiness.account.SignInService;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import fr.ccibusiness.web.privacy.ConsentFilter;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * login.xhtml: sign-in through the container realm ({@link HttpServletRequest#login}), wrapped in
 * the throttling, connection-log and session-fixation rules.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    private SignInService signIn;

    @Inject
    private MyAccountService myAccount;

    @Inject
    private UserSession userSession;

    @Inject
    private PrivacyPolicyService policies;

    private String email;
    private String password;
    private String next;
    private boolean unverified;
    private boolean locked;

    /** Where the container sent the person from, when a protected page asked for a sign-in. */
    @PostConstruct
    void rememberTarget() {
        HttpServletRequest request = request();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String uri && !uri.endsWith("/login.xhtml")) {
            String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            next = uri + (query == null ? "" : "?" + query);
        }
    }

    public void signIn() throws ServletException, IOException {
        HttpServletRequest request = request();
        String address = request.getRemoteAddr();
        String login = EmailAddress.normalize(email);
        unverified = false;

        var blockedUntil = signIn.throttledUntil(login, address);
        if (blockedUntil.isPresent()) {
            String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(userSession.getLocale()).format(blockedUntil.get().atZone(PLATFORM_ZONE));
            Messages.pageError("login.throttled", time);
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(login, password);
        } catch (ServletException refused) {
            SignInOutcome outcome = signIn.recordFailure(login, password, address);
            unverified = outcome == SignInOutcome.UNVERIFIED;
            Messages.pageError(switch (outcome) {
                case UNVERIFIED -> "login.unverified";
                case LOCKED -> "login.locked";
                default -> "login.failed";
            });
            return;
        }
        // A new session id after sign-in: an id planted before cannot ride the signed-in session.
        request.changeSessionId();
        signIn.recordSuccess(login, address);
        var account = myAccount.myAccount();
        boolean mustConsent = policies.callerMustConsent();
        userSession.signedIn(account.getDisplayName(), account.getLanguage(), mustConsent);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (mustConsent ? ConsentFilter.CONSENT_PAGE : safeTarget()));
    }

    /** Only a path of this site: never an open redirect. */
    private String safeTarget() {
        String context = request().getContextPath();
        if (next != null && next.startsWith(context + "/") && !next.startsWith("//") && !next.contains("\\")) {
            return next.substring(context.length());
        }
        return "/account/index.xhtml";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page was reached after a session was ended because the account was locked ({@code ?locked=true}). */
    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public boolean isUnverified() {
        return unverified;
    }
}
