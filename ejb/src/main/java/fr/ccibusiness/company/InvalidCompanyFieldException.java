package fr.ccibusiness.company;

import fr.ccibusiness.platform.BusinessException;

/** A field of the company record that the forms' constraints cannot judge alone (e.g. a postal code not of the commune). */
public class InvalidCompanyFieldException extends BusinessException {

    private final String field;

    public InvalidCompanyFieldException(String field) {
        super("company." + field + ".invalid");
        this.field = field;
    }

    /** The form field the message belongs next to. */
    public String field() {
        return field;
    }
}
