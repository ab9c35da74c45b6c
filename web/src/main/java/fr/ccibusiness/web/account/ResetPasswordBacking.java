package fr.ccibusiness.web.account;

import fr.ccibusiness.account.PasswordResetService;
import fr.ccibusiness.account.TokenState;
import fr.ccibusiness.account.WeakPasswordException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** reset-password.xhtml?token=…: choose a new password from the link of a reset e-mail. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    private String token;
    private TokenState state;
    private String password;
    private String passwordAgain;

    public void check() {
        if (state == null) {
            state = resets.checkResetLink(token);
        }
    }

    public String reset() {
        if (!password.equals(passwordAgain)) {
            Messages.fieldError("reset:passwordAgain", "register.password.mismatch");
            return null;
        }
        try {
            state = resets.resetPassword(token, password);
        } catch (WeakPasswordException e) {
            Messages.fieldError("reset:password", e.messageKey());
            return null;
        }
        if (state != TokenState.VALID) {
            return null;
        }
        Messages.flashInfo("reset.done");
        return "/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getState() {
        return state == null ? TokenState.INVALID.name() : state.name();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
