package fr.ccibusiness.web.event;

import fr.ccibusiness.event.EventNotFoundException;
import fr.ccibusiness.event.EventRegistrationService;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * /events/calendar.ics?id=…: the calendar entry of an event the signed-in person holds a confirmed
 * place at (the same UID as the invitation mailed, so importing both gives one entry); 404 otherwise.
 */
@WebServlet("/events/calendar.ics")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventRegistrationService registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] calendar;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            calendar = registrations.calendar(id).getBytes(StandardCharsets.UTF_8);
        } catch (EventNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "evenement-" + id + ".ics", "text/calendar;charset=UTF-8", calendar.length);
        response.getOutputStream().write(calendar);
    }
}
