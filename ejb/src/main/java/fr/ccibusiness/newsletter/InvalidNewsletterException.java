package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.BusinessException;

/** A field of the newsletter form is missing or wrong: {@link #field()} says which. */
public class InvalidNewsletterException extends BusinessException {

    private final String field;

    public InvalidNewsletterException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
