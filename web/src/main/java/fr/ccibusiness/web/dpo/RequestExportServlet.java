package fr.ccibusiness.web.dpo;

import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.rights.RightsRequestService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /dpo/request-export?id=…: the export of the person behind a rights request, for the DPO only (audited). */
@WebServlet("/dpo/request-export")
public class RequestExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsRequestService requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        byte[] zip;
        try {
            id = Long.parseLong(request.getParameter("id"));
            zip = requests.export(id);
        } catch (NumberFormatException | BusinessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"demande-" + id + "-donnees.zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
