package fr.ccibusiness.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * Who is signed in (a display name), the language chosen, and whether they still have to accept a
 * new version of the policy. Nothing else lives in the session.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;
    private String displayName;
    private boolean consentPending;

    public Locale getLocale() {
        if (locale == null) {
            locale = PageLanguage.browserLocale(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void signedIn(String name, Locale language, boolean mustConsent) {
        this.displayName = name;
        this.consentPending = mustConsent;
        setLocale(language);
    }

    public void renamed(String name) {
        this.displayName = name;
    }

    /** A new version of the policy awaits the person's acceptance: other pages wait too. */
    public boolean isConsentPending() {
        return consentPending;
    }

    public void consentGiven() {
        consentPending = false;
    }
}
