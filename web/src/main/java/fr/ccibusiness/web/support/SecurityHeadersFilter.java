package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers on every response. The content security policy lets the browser load nothing from another
 * host (policy article 8: no third party, no transfer), and run no script but the platform's own files
 * and, on a page, the scripts PrimeFaces marks with that answer's nonce: no inline script nor
 * {@code eval} otherwise, so a script that got past the escaping would not run. The policy is written
 * once, as PrimeFaces' {@code primefaces.CSP_POLICY} in web.xml, ending with {@code script-src}: PrimeFaces
 * adds its nonce there on the pages it renders, and that header replaces this one. In production, plain
 * HTTP is redirected to HTTPS and HSTS is sent.
 */
@WebFilter(filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private String policy;

    @Inject
    private Settings settings;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.contains("unsafe-eval") || !policy.matches(".*script-src 'self'$")) {
            throw new IllegalStateException("primefaces.CSP_POLICY must end with script-src 'self' and allow no eval");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (settings.production()) {
            var redirect = HttpsRedirect.target(request.isSecure(), request.getServerName(), settings.httpsPort(),
                    request.getRequestURI(), request.getQueryString());
            if (redirect.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", redirect.get());
                return;
            }
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The policy PrimeFaces adds, with its nonce, replaces this filter's: two policies would both apply. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
