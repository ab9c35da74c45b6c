package fr.ccibusiness.web.consultation;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Notes when a request to the consultation page began, before its body (a response's files) is read:
 * a deposit is judged on the deadline by when its upload started (begun after it: refused) and when it
 * finished (after it: late). First of the filters (web.xml): the language filter reads parameters,
 * which for a form with files means the whole body.
 */
@WebFilter(filterName = "depositStart")
public class DepositStartFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String STARTED_AT = DepositStartFilter.class.getName() + ".startedAt";

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(STARTED_AT, clock.instant());
        chain.doFilter(request, response);
    }

    static Instant startedAt(HttpServletRequest request) {
        return (Instant) request.getAttribute(STARTED_AT);
    }
}
