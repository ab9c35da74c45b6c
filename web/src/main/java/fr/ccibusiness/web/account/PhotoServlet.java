package fr.ccibusiness.web.account;

import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.directory.DirectoryService;
import fr.ccibusiness.platform.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * /photo (mine) and /photo?id=… (someone's): served only through the services' rules, never as a
 * static file; anything not allowed or missing is a plain 404.
 */
@WebServlet("/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService myAccount;

    @Inject
    private DirectoryService directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo;
        try {
            String id = request.getParameter("id");
            photo = request.getUserPrincipal() == null ? Optional.empty()
                    : id == null ? myAccount.myPhoto() : directory.photo(Long.parseLong(id));
        } catch (BusinessException | EJBAccessException | NumberFormatException e) {
            photo = Optional.empty();
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(photo.get().length);
        response.getOutputStream().write(photo.get());
    }
}
