package fr.ccibusiness.rights;

import java.io.Serializable;

/** What the public "exercer mes droits" form asks: the right, who, how to answer, and the details. */
public class RightsRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private RightsKind kind;
    private String lastName;
    private String firstName;
    private String email;
    private String message;

    public RightsKind getKind() {
        return kind;
    }

    public void setKind(RightsKind kind) {
        this.kind = kind;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
