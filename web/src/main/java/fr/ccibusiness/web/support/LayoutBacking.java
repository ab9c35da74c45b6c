package fr.ccibusiness.web.support;

import fr.ccibusiness.messaging.MessagingService;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The layout's own needs: the count of unread messages in the header, and signing out (a POST, so
 * that no other site can sign anyone out).
 */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    private UserSession userSession;

    @Inject
    private MessagingService messaging;

    private Long unreadMessages;

    /** Read once per request, and only for a signed-in page. */
    public long getUnreadMessages() {
        if (unreadMessages == null) {
            try {
                unreadMessages = messaging.unreadCount();
            } catch (EJBAccessException e) {
                unreadMessages = 0L;
            }
        }
        return unreadMessages;
    }

    public String signOut() throws ServletException {
        String language = userSession.getLocale().getLanguage();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index?faces-redirect=true&lang=" + language;
    }
}
