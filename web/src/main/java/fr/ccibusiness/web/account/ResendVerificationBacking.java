package fr.ccibusiness.web.account;

import fr.ccibusiness.account.RegistrationService;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** resend-verification.xhtml: a new link for an unconfirmed account; the same answer for any address. */
@Named
@RequestScoped
public class ResendVerificationBacking {

    @Inject
    private RegistrationService registrations;

    private String email;

    public String resend() {
        registrations.resendVerification(email, ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr());
        Messages.flashInfo("resend.sent");
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
