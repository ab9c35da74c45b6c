package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** A password must have 12 to 128 characters. */
public class WeakPasswordException extends BusinessException {

    public WeakPasswordException() {
        super("account.password.weak");
    }
}
