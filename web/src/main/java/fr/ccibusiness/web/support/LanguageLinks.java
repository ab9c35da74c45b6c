package fr.ccibusiness.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The header's language links: this very page, in the other language. */
@Named
@RequestScoped
public class LanguageLinks {

    public String to(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // On an error page the address shown is the one that failed.
        Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = failed instanceof String path ? path : request.getRequestURI();
        String query = queryWithout(failed == null ? request.getQueryString() : null, "lang");
        return uri + (query.isEmpty() ? "?" : query + "&") + "lang=" + language;
    }

    /** "?a=1&b=2" without the parameter named, or "" when nothing is left. */
    static String queryWithout(String query, String name) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.equals(name) && !p.startsWith(name + "="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}
