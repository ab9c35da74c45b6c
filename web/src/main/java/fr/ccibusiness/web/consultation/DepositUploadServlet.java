package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ChunkOutOfPlaceException;
import fr.ccibusiness.consultation.ConsultationNotFoundException;
import fr.ccibusiness.consultation.InvalidConsultationException;
import fr.ccibusiness.consultation.ResponseService;
import fr.ccibusiness.consultation.StagedDeposit;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.UserSession;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /consultation/upload: a response's files sent a chunk at a time, so that a large response over a
 * slow or broken line gets through (the script of the consultation page speaks it; without a script,
 * the form sends its files whole):
 * <ul>
 * <li>{@code POST ?c=consultation} starts a response: {@code {"deposit": token}};</li>
 * <li>{@code POST ?d=token&name=…&size=…} announces a file, checked against the limits before a byte
 * is sent: {@code {"file": id}};</li>
 * <li>{@code PUT ?d=token&f=id} with {@code Content-Range: bytes first-last/size} brings a chunk:
 * {@code {"received": bytes}}; a chunk that does not start at the bytes received is answered 409 with
 * them, and so is one cut short, so the sender resumes from there;</li>
 * <li>{@code GET ?d=token&f=id}: {@code {"received": bytes}}, to resume after a broken connection.</li>
 * </ul>
 * Every request carries the session's upload token in {@code X-Upload-Token} (403 otherwise): a page
 * of another site cannot send it. A refusal is {@code {"message": …}} in the person's language; a
 * consultation or response that is not the caller's is the same 404 as a missing one.
 */
@WebServlet("/consultation/upload")
public class DepositUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})");

    @Inject
    private DepositUploads uploads;

    @Inject
    private ResponseService responses;

    @Inject
    private UserSession session;

    @Inject
    private Settings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> {
            String consultation = request.getParameter("c");
            if (consultation != null) {
                return Json.createObjectBuilder().add("deposit", uploads.start(Long.parseLong(consultation)).getToken()).build();
            }
            return Json.createObjectBuilder().add("file", responses.stageFile(staged(request), request.getParameter("name"),
                    Long.parseLong(request.getParameter("size")))).build();
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> {
            StagedDeposit staged = staged(request);
            String file = request.getParameter("f");
            Matcher range = RANGE.matcher(String.valueOf(request.getHeader("Content-Range")));
            if (!range.matches()) {
                throw new ConsultationNotFoundException();
            }
            long first = Long.parseLong(range.group(1));
            long length = Long.parseLong(range.group(2)) - first + 1;
            if (length <= 0 || length > StagedDeposit.MAX_CHUNK) {
                throw new InvalidFileException("file.chunk");
            }
            return received(responses.receive(staged, file, first, request.getInputStream(), (int) length));
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> received(responses.received(staged(request), request.getParameter("f"))));
    }

    private interface Step {
        JsonObject run() throws IOException;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Step step) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JsonObject body;
        String expected = uploads.getToken();
        String given = request.getHeader("X-Upload-Token");
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            body = message("upload.expired");
        } else {
            try {
                body = step.run();
            } catch (ChunkOutOfPlaceException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                body = received(e.received());
            } catch (ConsultationNotFoundException | EJBAccessException | NumberFormatException e) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                body = message("consultation.notFound");
            } catch (InvalidFileException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                body = message(e.messageKey(), settings.responseMaxMegabytes());
            } catch (InvalidConsultationException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                body = message(e.messageKey(), settings.responseMaxFiles());
            }
        }
        response.getWriter().write(body.toString());
    }

    private StagedDeposit staged(HttpServletRequest request) {
        return uploads.find(request.getParameter("d")).orElseThrow(ConsultationNotFoundException::new);
    }

    private static JsonObject received(long bytes) {
        return Json.createObjectBuilder().add("received", bytes).build();
    }

    /** A refusal in the person's language; {@code arguments} fill the message's limit, as the page's do. */
    private JsonObject message(String key, Object... arguments) {
        return Json.createObjectBuilder().add("message", Messages.text(session.getLocale(), key, arguments)).build();
    }
}
