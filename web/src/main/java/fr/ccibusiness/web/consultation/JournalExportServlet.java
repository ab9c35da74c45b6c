package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.BuyerConsultationService;
import fr.ccibusiness.consultation.ConsultationNotFoundException;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /buyer/journal.csv?id=…: a consultation's journal as CSV, for its buyers and administrators; anyone else gets 404. */
@WebServlet("/buyer/journal.csv")
public class JournalExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BuyerConsultationService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            csv = service.journalCsv(id);
        } catch (ConsultationNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "journal-consultation-" + id + ".csv", "text/csv;charset=UTF-8", csv.length);
        response.getOutputStream().write(csv);
    }
}
