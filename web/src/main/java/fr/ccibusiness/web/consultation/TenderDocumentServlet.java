package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ConsultationCatalogue;
import fr.ccibusiness.consultation.ConsultationNotFoundException;
import fr.ccibusiness.consultation.DownloadedTender;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /consultation/file?v=…: one version of a tender document, handed over once the service has checked
 * the caller may read its consultation (anyone, for a public one) and logged the download. Anything
 * else is the same 404, whether the version exists or not; the bytes are streamed from the file store.
 */
@WebServlet("/consultation/file")
public class TenderDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationCatalogue catalogue;

    @Inject
    private FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadedTender file;
        try {
            file = catalogue.download(Long.parseLong(request.getParameter("v")));
        } catch (ConsultationNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, file.fileName(), file.mediaType(), file.size());
        files.copy(file.fileId(), response.getOutputStream());
    }
}
