package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.SupportStatus;
import fr.ccibusiness.web.support.Attachments;
import fr.ccibusiness.web.support.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /advisor/queue.csv?…: the work queue as filtered on its page, every line, for the CCI's staff; anyone else gets 404. */
@WebServlet("/advisor/queue.csv")
public class QueueExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final List<String> COLUMNS = List.of("id", "submitted", "cci", "service", "company", "requester", "advisor",
            "status", "due", "answered", "overdue");

    @Inject
    private AdvisoryDeskService desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // French unless the browser asks for English first.
        Locale language = request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : Locale.FRENCH;
        Map<String, String> labels = new HashMap<>();
        for (SupportStatus status : SupportStatus.values()) {
            labels.put(status.name(), Messages.text(language, "SupportStatus." + status.name()));
        }
        labels.put("yes", Messages.text(language, "support.queue.csv.yes"));
        byte[] csv;
        try {
            csv = desk.csv(QueueParameters.read(request::getParameter),
                    COLUMNS.stream().map(c -> Messages.text(language, "support.queue.csv." + c)).toList(), labels);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "demandes-accompagnement.csv", "text/csv;charset=UTF-8", csv.length);
        response.getOutputStream().write(csv);
    }
}
