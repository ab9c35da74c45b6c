package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ConsultationNotFoundException;
import fr.ccibusiness.consultation.ResponseService;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /consultation/receipt?d=…: a deposit's receipt as PDF, for the members of its company; anyone else gets 404. */
@WebServlet("/consultation/receipt")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        long deposit;
        try {
            deposit = Long.parseLong(request.getParameter("d"));
            pdf = responses.receiptPdf(deposit);
        } catch (ConsultationNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, "accuse-reception-" + deposit + ".pdf", "application/pdf", pdf.length);
        response.getOutputStream().write(pdf);
    }
}
