package fr.ccibusiness.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The visitor's cookie choice (policy article 5), as the layout's banner and the cookies page read
 * it. The choice lives in a functional cookie kept 12 months, after which the banner asks again;
 * the audience cookie (a random id) exists only after "accept".
 */
@Named
@RequestScoped
public class CookieConsent {

    /** Functional: the answer, "accepted" or "refused". */
    public static final String CHOICE = "cci_cookie_choice";
    /** Audience measurement: a random, anonymous id; set only with consent. */
    public static final String AUDIENCE = "cci_audience";
    public static final Duration KEPT = Duration.ofDays(365);
    static final String ACCEPTED = "accepted";
    static final String REFUSED = "refused";

    @Inject
    private HttpServletRequest request;

    public boolean isAnswered() {
        return answered(request);
    }

    public boolean isAccepted() {
        return accepted(request);
    }

    public boolean isRefused() {
        return choice(request).filter(REFUSED::equals).isPresent();
    }

    /** Where the banner's answer returns: this page, within the site. */
    public String getBack() {
        String path = request.getServletPath();
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query);
    }

    public static boolean answered(HttpServletRequest request) {
        return choice(request).isPresent();
    }

    /** Measurement is allowed: the visitor said yes and holds the audience cookie. */
    public static boolean accepted(HttpServletRequest request) {
        return choice(request).filter(ACCEPTED::equals).isPresent() && cookie(request, AUDIENCE).isPresent();
    }

    private static Optional<String> choice(HttpServletRequest request) {
        return cookie(request, CHOICE).filter(v -> v.equals(ACCEPTED) || v.equals(REFUSED));
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }
}
