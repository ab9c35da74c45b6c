package fr.ccibusiness.web.meeting;

import fr.ccibusiness.event.EventNotFoundException;
import fr.ccibusiness.meeting.MeetingService;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** /meetings/agenda.pdf and /meetings/agenda.ics ?event=…: the signed-in participant's agenda; 404 for anyone else. */
@WebServlet({"/meetings/agenda.pdf", "/meetings/agenda.ics"})
public class AgendaExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        byte[] body;
        long event;
        try {
            event = Long.parseLong(request.getParameter("event"));
            body = pdf ? service.agendaPdf(event, request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : Locale.FRENCH) : service.agendaCalendar(event).getBytes(StandardCharsets.UTF_8);
        } catch (EventNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "rendez-vous-" + event + (pdf ? ".pdf" : ".ics"),
                pdf ? "application/pdf" : "text/calendar;charset=UTF-8", body.length);
        response.getOutputStream().write(body);
    }
}
