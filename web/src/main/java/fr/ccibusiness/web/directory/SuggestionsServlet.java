package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.DirectoryService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /directory/suggestions?query=…: what may complete the text typed in the directory's search box, as
 * the JSON PrimeFaces' autocomplete asks its {@code completeEndpoint} for. Public, as the directory
 * of companies is: names of companies and words of their records, nothing personal.
 */
@WebServlet("/directory/suggestions")
public class SuggestionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        directory.suggestions(request.getParameter("query"))
                .forEach(text -> suggestions.add(Json.createObjectBuilder().add("label", text).add("value", text)));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=60");
        try (JsonWriter json = Json.createWriter(response.getWriter())) {
            json.writeObject(Json.createObjectBuilder().add("suggestions", suggestions).add("moreAvailable", false).build());
        }
    }
}
