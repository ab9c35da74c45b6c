package fr.ccibusiness.web.account;

import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.WeakPasswordException;
import fr.ccibusiness.account.WrongPasswordException;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/password.xhtml: change the password, which asks for the current one. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    private MyAccountService myAccount;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public String change() {
        if (!newPassword.equals(newPasswordAgain)) {
            Messages.fieldError("password:newPasswordAgain", "register.password.mismatch");
            return null;
        }
        try {
            myAccount.changePassword(currentPassword, newPassword);
        } catch (WrongPasswordException e) {
            Messages.fieldError("password:currentPassword", e.messageKey());
            return null;
        } catch (WeakPasswordException e) {
            Messages.fieldError("password:newPassword", e.messageKey());
            return null;
        }
        Messages.flashInfo("password.changed");
        return "/account/index?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
