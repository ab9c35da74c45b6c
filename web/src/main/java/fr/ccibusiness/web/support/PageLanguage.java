package fr.ccibusiness.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language of the page being rendered: the person's choice when they have a session, otherwise
 * the browser's first language that we speak, French by default. Reading it never creates a session,
 * so a visitor's page views (the directory, the home page) cost no server memory.
 */
@Named
@RequestScoped
public class PageLanguage {

    @Inject
    private UserSession userSession;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            locale = external.getSession(false) != null ? userSession.getLocale() : browserLocale(external);
        }
        return locale;
    }

    /** The first of the browser's languages that we speak; French otherwise. */
    static Locale browserLocale(ExternalContext external) {
        // Without an Accept-Language header the container answers with its own default: ignore it.
        if (external.getRequestHeaderMap().containsKey("Accept-Language")) {
            Iterator<Locale> preferred = external.getRequestLocales();
            while (preferred.hasNext()) {
                String language = preferred.next().getLanguage();
                if ("fr".equals(language)) {
                    return Locale.FRENCH;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.FRENCH;
    }
}
