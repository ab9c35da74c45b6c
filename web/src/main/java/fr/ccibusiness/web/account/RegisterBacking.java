package fr.ccibusiness.web.account;

import fr.ccibusiness.account.ConsentRequiredException;
import fr.ccibusiness.account.InvalidEmailException;
import fr.ccibusiness.account.InvalidNameException;
import fr.ccibusiness.account.Registration;
import fr.ccibusiness.account.RegistrationService;
import fr.ccibusiness.account.WeakPasswordException;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.privacy.PrivacyPolicyService;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** register.xhtml: the registration form, then "check your mailbox". */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService registrations;

    @Inject
    private PrivacyPolicyService policies;

    @Inject
    private UserSession userSession;

    private final Registration registration = new Registration();
    private String passwordAgain;
    private boolean submitted;

    public void register() {
        if (!registration.getPassword().equals(passwordAgain)) {
            Messages.fieldError("register:passwordAgain", "register.password.mismatch");
            return;
        }
        try {
            registrations.register(registration, userSession.getLocale());
            submitted = true;
        } catch (BusinessException e) {
            Messages.fieldError(fieldOf(e), e.messageKey());
        }
    }

    private static String fieldOf(BusinessException e) {
        if (e instanceof WeakPasswordException) {
            return "register:password";
        }
        if (e instanceof InvalidEmailException) {
            return "register:email";
        }
        if (e instanceof InvalidNameException) {
            return "register:lastName";
        }
        if (e instanceof ConsentRequiredException) {
            return "register:consent";
        }
        return null;
    }

    public String getPolicyLabel() {
        return policies.currentPolicy().map(p -> p.getLabel()).orElse("");
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public boolean isSubmitted() {
        return submitted;
    }
}
