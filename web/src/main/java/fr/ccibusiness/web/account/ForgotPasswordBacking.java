package fr.ccibusiness.web.account;

import fr.ccibusiness.account.PasswordResetService;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** forgot-password.xhtml: ask for a reset link; the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordResetService resets;

    private String email;

    public String requestReset() {
        resets.requestReset(email, ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr());
        Messages.flashInfo("forgot.sent");
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
