package fr.ccibusiness.web.event;

import fr.ccibusiness.event.EventNotFoundException;
import fr.ccibusiness.event.EventService;
import fr.ccibusiness.web.support.Attachments;
import fr.ccibusiness.web.support.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** /organiser/attendees.csv?id=…: an event's registrants as CSV, for its organisers; anyone else gets 404. */
@WebServlet("/organiser/attendees.csv")
public class AttendeesExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final List<String> COLUMNS = List.of("lastName", "firstName", "email", "company", "status", "registeredAt",
            "checkedInAt");

    @Inject
    private EventService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = request.getLocale() != null && request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        byte[] csv;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            csv = service.attendeesCsv(id, COLUMNS.stream().map(c -> Messages.text(language, "attendees.csv." + c)).toList());
        } catch (EventNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "inscrits-evenement-" + id + ".csv", "text/csv;charset=UTF-8", csv.length);
        response.getOutputStream().write(csv);
    }
}
