package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.DownloadedAttachment;
import fr.ccibusiness.advisory.SupportNotFoundException;
import fr.ccibusiness.advisory.SupportRequestService;
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
 * /support/file?id=…: a file of a support request, handed over only after the service checked the
 * caller asked for it or serves its CCI (and logged the download). Anything else is the same 404.
 */
@WebServlet("/support/file")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportRequestService requests;

    @Inject
    private FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadedAttachment file;
        try {
            file = requests.download(Long.parseLong(request.getParameter("id")));
        } catch (SupportNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, file.fileName(), file.mediaType(), file.size());
        files.copy(file.fileId(), response.getOutputStream());
    }
}
