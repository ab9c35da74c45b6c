package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ConsultationNotFoundException;
import fr.ccibusiness.consultation.OpenedFile;
import fr.ccibusiness.consultation.OpeningService;
import fr.ccibusiness.consultation.ResponsesSealedException;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * /buyer/response-file?f=…: a file of an opened response, for its consultation's buyers, decrypted as
 * it streams from the file store (never whole in memory, never in clear on disk). A file still sealed
 * (before the opening, late, replaced) or not theirs: 404.
 */
@WebServlet("/buyer/response-file")
public class ResponseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpeningService opening;

    @Inject
    private FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenedFile file;
        try {
            file = opening.file(Long.parseLong(request.getParameter("f")));
        } catch (ConsultationNotFoundException | ResponsesSealedException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, file.fileName(), file.mediaType(), file.size());
        try (InputStream clear = file.decrypt(files.open(file.fileId()))) {
            clear.transferTo(response.getOutputStream());
        }
    }
}
