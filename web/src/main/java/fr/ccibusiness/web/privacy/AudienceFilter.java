package fr.ccibusiness.web.privacy;

import fr.ccibusiness.audience.AudienceService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts a page view for the audience measurement, only when the visitor accepted it (article 5):
 * no consent, no count. Only the page's path is counted, never its query nor who viewed it. Mapped
 * in web.xml before the page cache, so cached pages count too.
 */
@WebFilter(filterName = "audience")
public class AudienceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private AudienceService audience;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if ("GET".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK && !isResource(request)
                && CookieConsent.accepted(request)) {
            audience.recordView(request.getServletPath());
        }
    }

    /** Styles, scripts and images that Faces serves under *.xhtml too: not pages. */
    public static boolean isResource(HttpServletRequest request) {
        return request.getServletPath().startsWith("/jakarta.faces.resource/");
    }
}
