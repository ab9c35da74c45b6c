package fr.ccibusiness.web.privacy;

import fr.ccibusiness.web.support.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A person signed in while a new version of the policy awaits their acceptance sees the consent page
 * instead of any other, except the pages they need to decide: the policy itself, the legal notice,
 * cookies, and the deletion of their account.
 */
@WebFilter(filterName = "consent")
public class ConsentFilter extends HttpFilter {

    public static final String CONSENT_PAGE = "/account/consent.xhtml";
    private static final long serialVersionUID = 1L;
    private static final Set<String> WHILE_PENDING = Set.of(CONSENT_PAGE, "/privacy.xhtml", "/legal.xhtml",
            "/cookies.xhtml", "/contact.xhtml", "/account/delete.xhtml");

    @Inject
    private UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && request.getSession(false) != null && userSession.isConsentPending()
                && !WHILE_PENDING.contains(request.getServletPath()) && !AudienceFilter.isResource(request)) {
            response.sendRedirect(request.getContextPath() + CONSENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
