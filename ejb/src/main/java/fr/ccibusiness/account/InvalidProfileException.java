package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** A profile field over its limit (the forms' constraints normally say so first). */
public class InvalidProfileException extends BusinessException {

    public InvalidProfileException() {
        super("profile.invalid");
    }
}
