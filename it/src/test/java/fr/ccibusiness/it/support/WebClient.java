package fr.ccibusiness.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen for the HTTP-level tests: keeps cookies, follows redirects, and submits
 * Faces forms the way a browser does (every field of the form, including the view state).
 */
public final class WebClient {

    public static final String BASE = "http://localhost:8080";
    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-([^']+)'");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    /** For multipart forms: the JDK's client would follow their redirect with a GET that keeps the multipart content type. */
    private final HttpClient unredirected;
    private final String language;

    public WebClient() {
        this("fr");
    }

    public WebClient(String language) {
        this.language = language;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.unredirected = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    public Page submit(Page page, String formId, Map<String, String> values, String buttonId) {
        Element form = form(page, formId);
        return post(page.uri().resolve(form.attr("action")).toString(), fields(page, form, values, buttonId));
    }

    /** Submits a form whose answer is a file (an export): its raw bytes. */
    public byte[] submitForBytes(Page page, String formId, Map<String, String> values, String buttonId) {
        Element form = form(page, formId);
        String body = fields(page, form, values, buttonId).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Element form(Page page, String formId) {
        Element form = page.doc().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + page.uri() + ":\n" + page.mainText());
        }
        return form;
    }

    /** What a browser sends for the form: its named inputs (checked boxes only), the values given, the button. */
    private static Map<String, String> fields(Page page, Element form, Map<String, String> values, String buttonId) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ("checkbox".equals(type) || "radio".equals(type)) {
                if (input.hasAttr("checked")) {
                    fields.put(input.attr("name"), input.attr("value").isEmpty() ? "on" : input.attr("value"));
                }
            } else if (!"submit".equals(type) && !"button".equals(type)) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.putAll(values);
        fields.put(buttonId, "");
        withNonce(page, fields);
        return fields;
    }

    /**
     * What PrimeFaces' script does in a browser: it sends the page's content security policy nonce with
     * each form, and the server refuses a postback without it.
     */
    private static void withNonce(Page page, Map<String, String> fields) {
        page.headers().firstValue("Content-Security-Policy").map(NONCE::matcher).filter(java.util.regex.Matcher::find)
                .ifPresent(nonce -> fields.putIfAbsent("primefaces.nonce", nonce.group(1)));
    }

    /** Submits a multipart form (enctype="multipart/form-data") with one file. */
    public Page submitWithFile(Page page, String formId, String fileField, String fileName, String contentType,
                               byte[] content, String buttonId) {
        return submitWithFile(page, formId, Map.of(), fileField, fileName, contentType, content, buttonId);
    }

    /** Submits a multipart form with text fields {@code values} and one file. */
    public Page submitWithFile(Page page, String formId, Map<String, String> values, String fileField, String fileName,
                               String contentType, byte[] content, String buttonId) {
        return submitWithFiles(page, formId, values, fileField, List.of(new Upload(fileName, contentType,
                new ByteArrayInputStream(content))), buttonId);
    }

    /** A file to send, whose bytes are read as the request goes (a slow upload is a stream that waits). */
    public record Upload(String fileName, String contentType, InputStream content) {
    }

    /** Submits a multipart form with text fields {@code values} and files under one field, streamed as they are read. */
    public Page submitWithFiles(Page page, String formId, Map<String, String> values, String fileField, List<Upload> files,
                                String buttonId) {
        Element form = page.doc().getElementById(formId);
        String boundary = "----cci" + System.nanoTime();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden][name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        fields.put(buttonId, "");
        withNonce(page, fields);
        fields.forEach((name, value) -> write(head, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(head.toByteArray()));
        for (Upload file : files) {
            parts.add(new ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + fileField + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
            parts.add(file.content());
            parts.add(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.UTF_8)));
        }
        parts.add(new ByteArrayInputStream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        InputStream body = new SequenceInputStream(Collections.enumeration(parts));
        URI target = page.uri().resolve(form.attr("action"));
        try {
            HttpResponse<String> response = unredirected.send(HttpRequest.newBuilder(target)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 == 3 && location.isPresent()) {
                return get(target.resolve(location.get()).toString());
            }
            return new Page(response.statusCode(), response.uri(), response.headers(), response.body(),
                    Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request of any method with these headers and body (none when null), for the endpoints that are not pages. */
    public HttpResponse<String> call(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of a response, for images. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Page post(String pathOrUrl, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.headers(), response.body(),
                    Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI resolve(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
