package fr.ccibusiness.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Control characters other than tab and line breaks are never typed by a person, and the database refuses
 * NUL in a text: they are taken out of every parameter before a page or a service reads it, so that
 * {@code ?q=%00} is a search for nothing, not an error.
 */
@WebFilter(filterName = "controlCharacters")
public class ControlCharactersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Cleaned(request), response);
    }

    static String clean(String value) {
        if (value == null || value.chars().noneMatch(ControlCharactersFilter::isRefused)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.chars().filter(c -> !isRefused(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isRefused(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** Parameters read lazily, so the character encoding the page sets first still applies. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return clean(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(ControlCharactersFilter::clean).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) ->
                    cleaned.put(name, Arrays.stream(values).map(ControlCharactersFilter::clean).toArray(String[]::new)));
            return cleaned;
        }
    }
}
