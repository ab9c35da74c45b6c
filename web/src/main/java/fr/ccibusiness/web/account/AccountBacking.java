package fr.ccibusiness.web.account;

import fr.ccibusiness.account.InvalidNameException;
import fr.ccibusiness.account.MyAccount;
import fr.ccibusiness.account.MyAccountService;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;

/** account/index.xhtml: "Mon compte", what the account holds and the names, editable. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccountService myAccountService;

    @Inject
    private UserSession userSession;

    private MyAccount account;
    private String lastName;
    private String firstName;

    @PostConstruct
    void load() {
        account = myAccountService.myAccount();
        lastName = account.getLastName();
        firstName = account.getFirstName();
    }

    public void rename() {
        try {
            myAccountService.rename(lastName, firstName);
            load();
            userSession.renamed(account.getDisplayName());
            Messages.pageInfo("account.saved");
        } catch (InvalidNameException e) {
            Messages.fieldError("names:lastName", e.messageKey());
        }
    }

    public MyAccount getAccount() {
        return account;
    }

    public Date getCreatedAt() {
        return Date.from(account.getCreatedAt());
    }

    public Date getConsentGivenAt() {
        return account.getConsentGivenAt() == null ? null : Date.from(account.getConsentGivenAt());
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }
}
