package fr.ccibusiness.web.space;

import fr.ccibusiness.community.CommunityNotFoundException;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.space.CommunitySpaceService;
import fr.ccibusiness.space.DownloadedFile;
import fr.ccibusiness.web.support.Attachments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /space/file?v=…: one version of a document, handed over only after the service has checked the
 * caller may read its community (and logged the download). Anything else is the same plain 404,
 * whether the version exists or not. Files are never mapped as static resources; the bytes are
 * streamed from the file store a chunk at a time.
 */
@WebServlet("/space/file")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommunitySpaceService space;

    @Inject
    private FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadedFile file;
        try {
            file = space.download(Long.parseLong(request.getParameter("v")));
        } catch (CommunityNotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.headers(response, file.fileName(), file.mediaType(), file.size());
        files.copy(file.fileId(), response.getOutputStream());
    }
}
