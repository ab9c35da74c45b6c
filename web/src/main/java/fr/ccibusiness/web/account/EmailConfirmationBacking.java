package fr.ccibusiness.web.account;

import fr.ccibusiness.account.EmailConfirmation;
import fr.ccibusiness.account.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** confirm-email.xhtml?token=…: the link of a verification or change-of-address e-mail. */
@Named
@RequestScoped
public class EmailConfirmationBacking {

    @Inject
    private RegistrationService registrations;

    private String token;
    private EmailConfirmation result;

    public void confirm() throws ServletException {
        result = registrations.confirmEmail(token);
        if (result == EmailConfirmation.EMAIL_CHANGED) {
            // The session was opened under the old address: sign in again with the new one.
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            if (external.getUserPrincipal() != null) {
                ((HttpServletRequest) external.getRequest()).logout();
                external.invalidateSession();
            }
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getResult() {
        return result == null ? EmailConfirmation.INVALID.name() : result.name();
    }
}
