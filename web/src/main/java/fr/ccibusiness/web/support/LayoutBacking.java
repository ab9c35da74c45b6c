package fr.ccibusiness.web.support;

import fr.ccibusiness.account.MyAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The layout's own actions, on every page: switch language, sign out. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    private UserSession userSession;

    @Inject
    private MyAccountService myAccount;

    public String switchLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        userSession.setLocale(locale);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(userSession.getLocale());
        if (context.getExternalContext().getUserPrincipal() != null) {
            myAccount.changeLanguage(userSession.getLocale());
        }
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String signOut() throws ServletException {
        String language = userSession.getLocale().getLanguage();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index?faces-redirect=true&lang=" + language;
    }
}
