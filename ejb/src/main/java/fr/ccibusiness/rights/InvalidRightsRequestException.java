package fr.ccibusiness.rights;

import fr.ccibusiness.platform.BusinessException;

/** A field of the public form is missing or wrong: {@link #field()} says which. */
public class InvalidRightsRequestException extends BusinessException {

    private final String field;

    public InvalidRightsRequestException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
