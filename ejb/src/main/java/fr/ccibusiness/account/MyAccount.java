package fr.ccibusiness.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What "Mon compte" shows of the signed-in person, including the policy version they accepted.
 * A class with getters rather than a record: Expression Language 5 (Jakarta EE 10) reads only getters.
 */
public final class MyAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String lastName;
    private final String firstName;
    private final Locale language;
    private final Instant createdAt;
    private final Set<Role> roles;
    private final String acceptedPolicy;
    private final LocalDate acceptedPolicyDate;
    private final Instant consentGivenAt;

    MyAccount(Account account, Member member, String acceptedPolicy, LocalDate acceptedPolicyDate,
              Instant consentGivenAt) {
        this.email = account.getEmail();
        this.lastName = member.getLastName();
        this.firstName = member.getFirstName();
        this.language = account.getLocale();
        this.createdAt = account.getCreatedAt();
        this.roles = Set.copyOf(account.getRoles());
        this.acceptedPolicy = acceptedPolicy;
        this.acceptedPolicyDate = acceptedPolicyDate;
        this.consentGivenAt = consentGivenAt;
    }

    public String getEmail() {
        return email;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public Locale getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** The label of the policy version accepted last, or null. */
    public String getAcceptedPolicy() {
        return acceptedPolicy;
    }

    public LocalDate getAcceptedPolicyDate() {
        return acceptedPolicyDate;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }
}
