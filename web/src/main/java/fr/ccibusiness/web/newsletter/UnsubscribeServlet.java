package fr.ccibusiness.web.newsletter;

import fr.ccibusiness.community.NewsletterSubscriptionService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of every newsletter's List-Unsubscribe header. A POST with
 * {@code List-Unsubscribe=One-Click} (RFC 8058, sent by the mail client, urlencoded or multipart)
 * unsubscribes at once; the
 * signed token is the authority, no session is needed. A GET, which link checkers and previews also
 * make, never unsubscribes: it shows the page with the one button that does.
 */
@WebServlet("/newsletter/unsubscribe")
@MultipartConfig
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsletterSubscriptionService subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))
                || subscriptions.unsubscribeWithLink(request.getParameter("t")).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Unsubscribed.\n");
    }
}
