package fr.ccibusiness.it.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page as the server answered it: status, final address, headers and parsed HTML. */
public record Page(int status, URI uri, HttpHeaders headers, String body, Document doc) {

    public String path() {
        return uri.getPath();
    }

    public String title() {
        return doc.title();
    }

    public String h1() {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    /** The visible text of the main area. */
    public String mainText() {
        Element main = doc.getElementById("main");
        return main == null ? doc.text() : main.text();
    }

    /**
     * The message PrimeFaces shows next to a field, or "" when there is none. PrimeFaces ties a
     * message to its field in the widget's script: {@code PrimeFaces.cw("Message", …, {id:…, target:…})}.
     */
    public String messageFor(String fieldClientId) {
        Matcher widget = Pattern.compile("PrimeFaces\\.cw\\(\"Message\",\"[^\"]+\",\\{id:\"([^\"]+)\",target:\""
                + Pattern.quote(fieldClientId) + "\"").matcher(body);
        if (!widget.find()) {
            throw new AssertionError("No message component for " + fieldClientId);
        }
        Element message = doc.getElementById(widget.group(1));
        return message == null ? "" : message.text();
    }

    public String globalMessages() {
        Element messages = doc.getElementById("page-messages");
        return messages == null ? "" : messages.text();
    }

    public String valueOf(String inputClientId) {
        Element input = doc.getElementById(inputClientId);
        return input == null ? null : input.attr("value");
    }

    public String text(String id) {
        Element element = doc.getElementById(id);
        return element == null ? "" : element.text();
    }
}
