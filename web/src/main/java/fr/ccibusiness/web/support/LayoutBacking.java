package fr.ccibusiness.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The layout's own action: sign out (a POST, so that no other site can sign anyone out). */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    private UserSession userSession;

    public String signOut() throws ServletException {
        String language = userSession.getLocale().getLanguage();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index?faces-redirect=true&lang=" + language;
    }
}
