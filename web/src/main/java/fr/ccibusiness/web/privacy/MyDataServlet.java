package fr.ccibusiness.web.privacy;

import fr.ccibusiness.privacy.MyDataService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** /account/my-data.zip: the signed-in person's export (under /account/*, so signed-in only). */
@WebServlet("/account/my-data.zip")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyDataService myData;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] zip = myData.exportMyData();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-ccibusiness-"
                + LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
