package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** No privacy policy is published yet, so nobody can consent to it. */
public class RegistrationClosedException extends BusinessException {

    public RegistrationClosedException() {
        super("registration.closed");
    }
}
