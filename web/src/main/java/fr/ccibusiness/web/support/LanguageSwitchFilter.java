package fr.ccibusiness.web.support;

import fr.ccibusiness.account.MyAccountService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The FR / EN links of the header: {@code ?lang=en} on any page keeps the choice in the session (and
 * in the account, when signed in), then redirects to the same address without it.
 */
@WebFilter(filterName = "languageSwitch")
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Inject
    private UserSession userSession;

    @Inject
    private MyAccountService myAccount;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter("lang");
        if (!"GET".equals(request.getMethod()) || language == null || !LANGUAGES.contains(language)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = Locale.forLanguageTag(language);
        userSession.setLocale(locale);
        if (request.getUserPrincipal() != null) {
            myAccount.changeLanguage(locale);
        }
        response.sendRedirect(request.getRequestURI() + LanguageLinks.queryWithout(request.getQueryString(), "lang"));
    }
}
