package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** This address cannot be used for an account. */
public class EmailUnavailableException extends BusinessException {

    public EmailUnavailableException() {
        super("account.email.unavailable");
    }
}
