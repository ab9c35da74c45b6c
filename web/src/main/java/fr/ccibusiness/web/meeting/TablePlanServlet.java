package fr.ccibusiness.web.meeting;

import fr.ccibusiness.event.EventNotFoundException;
import fr.ccibusiness.meeting.InvalidMeetingException;
import fr.ccibusiness.meeting.MeetingSessionService;
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

/** /organiser/table-plan.csv and .pdf ?event=…: the meetings by slot and table, for the event's organisers; 404 otherwise. */
@WebServlet({"/organiser/table-plan.csv", "/organiser/table-plan.pdf"})
public class TablePlanServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingSessionService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        Locale language = request.getLocale() != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        byte[] body;
        long event;
        try {
            event = Long.parseLong(request.getParameter("event"));
            body = pdf ? service.tablePlanPdf(event, language) : service.tablePlanCsv(event, List.of("time", "table", "first", "second")
                    .stream().map(c -> Messages.text(language, "tablePlan.csv." + c)).toList());
        } catch (EventNotFoundException | InvalidMeetingException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "plan-des-tables-" + event + (pdf ? ".pdf" : ".csv"),
                pdf ? "application/pdf" : "text/csv;charset=UTF-8", body.length);
        response.getOutputStream().write(body);
    }
}
