package fr.ccibusiness.web.account;

import fr.ccibusiness.account.SignInService;
import fr.ccibusiness.web.privacy.AudienceFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session of an account locked (or erased) while it was signed in: the person's next request
 * signs them out and shows the sign-in page, which says the account is locked.
 */
@WebFilter(filterName = "lockedAccount")
public class LockedAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInService signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Pages and downloads only: a signed-in page's scripts and styles are not asked about again.
        if (request.getUserPrincipal() != null && !AudienceFilter.isResource(request)
                && !signIn.maySignedInContinue(request.getUserPrincipal().getName())) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?locked=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
