package fr.ccibusiness.web.account;

import fr.ccibusiness.account.EmailUnavailableException;
import fr.ccibusiness.account.InvalidEmailException;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.account.WrongPasswordException;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/email.xhtml: change the sign-in address; the new one is confirmed by a link before it applies. */
@Named
@RequestScoped
public class ChangeEmailBacking {

    @Inject
    private MyAccountService myAccount;

    private String newEmail;
    private String currentPassword;

    public String change() {
        try {
            myAccount.requestEmailChange(newEmail, currentPassword);
        } catch (WrongPasswordException e) {
            Messages.fieldError("email:currentPassword", e.messageKey());
            return null;
        } catch (InvalidEmailException | EmailUnavailableException e) {
            Messages.fieldError("email:newEmail", ((BusinessException) e).messageKey());
            return null;
        }
        Messages.flashInfo("email.sent", newEmail);
        return "/account/index?faces-redirect=true";
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
