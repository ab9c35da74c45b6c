package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** A name is required, at most {@link Member#NAME_MAX} characters, without control characters. */
public class InvalidNameException extends BusinessException {

    public InvalidNameException() {
        super("account.name.invalid");
    }
}
