package fr.ccibusiness.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What registration asks, and nothing more (policy preamble: minimisation): names, contact e-mail
 * as the login, a password, and consent to the current policy.
 */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Member.NAME_MAX, message = "{account.name.length}")
    private String lastName;

    @NotBlank
    @Size(max = Member.NAME_MAX, message = "{account.name.length}")
    private String firstName;

    @NotBlank
    @Email
    @Size(max = EmailAddress.MAX_LENGTH, message = "{account.email.length}")
    private String email;

    @NotBlank
    @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{account.password.length}")
    private String password;

    @AssertTrue(message = "{registration.consent.required}")
    private boolean consent;

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
