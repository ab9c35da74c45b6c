package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.DirectoryPageCache;
import fr.ccibusiness.directory.DirectoryPageCache.RenderedPage;
import fr.ccibusiness.web.privacy.CookieConsent;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the directory to visitors from {@link DirectoryPageCache}: only GET requests of someone not
 * signed in and without a session (so with no chosen language nor state), keyed by the address, the
 * browser's language and whether the cookie banner was answered; only complete 200 pages are kept. Mapped in web.xml after the security headers.
 */
@WebFilter(filterName = "visitorPageCache")
public class VisitorPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Says whether a page came from the cache, as HTTP caches do; the benchmark counts them. */
    private static final String CACHE_HEADER = "X-Cache";

    @Inject
    private DirectoryPageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cache.isEnabled() || !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getSession(false) != null || request.getParameter("lang") != null) {
            chain.doFilter(request, response);
            return;
        }
        // The cookie banner shows until the visitor answers it: the pages with and without it differ.
        String key = language(request) + (CookieConsent.answered(request) ? " answered " : " unanswered ")
                + request.getRequestURI() + "?" + request.getQueryString();
        var cached = cache.get(key);
        if (cached.isPresent()) {
            response.setHeader(CACHE_HEADER, "HIT");
            send(request, response, cached.get(), () -> gunzip(cached.get().gzipped()));
            return;
        }
        long generation = cache.generation();
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.errorSent) {
            return; // the container answers with its error page
        }
        capture.flushBuffer();
        byte[] body = capture.body();
        if (capture.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                && capture.getContentType() != null && capture.getContentType().startsWith("text/html")) {
            response.setHeader(CACHE_HEADER, "MISS");
            // The page's scripts carry the nonce of the answer that rendered it: the page is served with that policy.
            RenderedPage page = new RenderedPage(gzip(body), capture.getContentType(),
                    capture.getHeader("Content-Security-Policy"));
            cache.put(key, page, generation);
            send(request, response, page, () -> body);
        } else {
            response.setHeader(CACHE_HEADER, "BYPASS");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The page compressed to browsers that take gzip (all of them), as it is ({@code plain}) to others. */
    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page, Plain plain)
            throws IOException {
        response.setContentType(page.contentType());
        response.setHeader("Content-Security-Policy", page.contentSecurityPolicy());
        response.addHeader("Vary", "Accept-Encoding");
        byte[] bytes;
        if (acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            bytes = page.gzipped();
        } else {
            bytes = plain.bytes();
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The page uncompressed: at hand right after rendering, decompressed from the cache later. */
    @FunctionalInterface
    private interface Plain {
        byte[] bytes() throws IOException;
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    /** Whether the browser takes gzip: named, or "*" without gzip refused, with a weight above 0. */
    private static boolean acceptsGzip(HttpServletRequest request) {
        Boolean gzip = null;
        Boolean any = null;
        for (var headers = request.getHeaders("Accept-Encoding"); headers.hasMoreElements();) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean accepted = true;
                for (int i = 1; i < parts.length; i++) {
                    String[] parameter = parts[i].split("=", 2);
                    if (parameter.length == 2 && "q".equalsIgnoreCase(parameter[0].strip())) {
                        accepted = !parameter[1].strip().matches("0(\\.0*)?");
                    }
                }
                if ("gzip".equals(name) || "x-gzip".equals(name)) {
                    gzip = accepted;
                } else if ("*".equals(name)) {
                    any = accepted;
                }
            }
        }
        return gzip != null ? gzip : Boolean.TRUE.equals(any);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }

    /** The page's language as PageLanguage resolves it for a visitor: the browser's first of fr / en. */
    private static String language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (var locales = request.getLocales(); locales.hasMoreElements();) {
                String language = locales.nextElement().getLanguage();
                if ("fr".equals(language) || "en".equals(language)) {
                    return language;
                }
            }
        }
        return Locale.FRENCH.getLanguage();
    }

    /** Keeps what the page writes, to send it and maybe keep it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean errorSent;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Blocking output only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), false);
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // The length is the filter's to send, once the page is complete.
        }

        @Override
        public void setContentLengthLong(long length) {
            // Likewise.
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        byte[] body() {
            return bytes.toByteArray();
        }
    }
}
