package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** This is not a valid e-mail address. */
public class InvalidEmailException extends BusinessException {

    public InvalidEmailException() {
        super("account.email.invalid");
    }
}
