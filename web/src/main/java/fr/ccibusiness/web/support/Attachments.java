package fr.ccibusiness.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The headers of a file handed over as an attachment: its name (ASCII and UTF-8 forms), never cached
 * by a shared cache, never sniffed into something else, never run as a page.
 */
public final class Attachments {

    private Attachments() {
    }

    public static void headers(HttpServletResponse response, String fileName, String mediaType, long size) {
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        if (size >= 0) {
            response.setContentLengthLong(size);
        }
    }
}
