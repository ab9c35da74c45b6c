package fr.ccibusiness.web.account;

import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.WrongPasswordException;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** account/delete.xhtml: delete my account at once, after the password; then signed out. */
@Named
@RequestScoped
public class DeleteAccountBacking {

    @Inject
    private MyAccountService myAccount;

    @Inject
    private UserSession userSession;

    private String currentPassword;

    public String delete() throws ServletException {
        try {
            myAccount.deleteMyAccount(currentPassword);
        } catch (WrongPasswordException e) {
            Messages.fieldError("delete:currentPassword", e.messageKey());
            return null;
        }
        String language = userSession.getLocale().getLanguage();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index?faces-redirect=true&deleted=true&lang=" + language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
