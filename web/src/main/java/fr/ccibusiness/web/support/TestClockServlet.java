package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.ClockProducer;
import fr.ccibusiness.platform.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * POST /test-support/clock?days=N moves the platform's "now" N days ahead (0 puts it back), or
 * ?at=2026-12-24T09:00:00Z to that instant (from which it runs on), so that
 * the integration tests can age data through the same clock the jobs read. It exists only on a
 * server started with {@code cci.test-clock=true}; anywhere else it is a 404.
 */
@WebServlet("/test-support/clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Settings settings;

    @Inject
    private ClockProducer clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.testClock()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            String at = request.getParameter("at");
            clock.shift(at == null ? Duration.ofDays(Long.parseLong(request.getParameter("days")))
                    : Duration.between(Instant.now(), Instant.parse(at)));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (NumberFormatException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
