package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** The current password does not match. */
public class WrongPasswordException extends BusinessException {

    public WrongPasswordException() {
        super("account.password.wrong");
    }
}
