package fr.ccibusiness.web.privacy;

import fr.ccibusiness.platform.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * POST /cookie-choice, from the banner or the cookies page: "accept" sets the choice and the audience
 * cookie, "refuse" (or closing the banner) sets the choice and removes the audience cookie. Both are
 * kept 12 months. Only a form of this site may post it: the browser's Origin (or Referer) must be
 * this host, which is this form's protection against cross-site requests.
 */
@WebServlet("/cookie-choice")
public class CookieChoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Settings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean accept = "accept".equals(request.getParameter("choice"));
        int maxAge = (int) CookieConsent.KEPT.toSeconds();
        response.addCookie(cookie(request, CookieConsent.CHOICE, accept ? CookieConsent.ACCEPTED : CookieConsent.REFUSED,
                maxAge, false));
        if (accept) {
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            response.addCookie(cookie(request, CookieConsent.AUDIENCE, Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                    maxAge, true));
        } else {
            response.addCookie(cookie(request, CookieConsent.AUDIENCE, "", 0, true));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + safeBack(request.getParameter("back")));
    }

    private Cookie cookie(HttpServletRequest request, String name, String value, int maxAge, boolean httpOnly) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(httpOnly);
        cookie.setSecure(settings.production());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** A path of this site only: never an open redirect. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/index.xhtml";
        }
        return back;
    }

    private static boolean fromThisSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return false;
        }
        try {
            URI uri = URI.create(source);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
