package fr.ccibusiness.people;

import fr.ccibusiness.platform.BusinessException;

/** No such account, or one outside the caller's CCIs: the same answer, so nothing leaks. */
public class AccountNotFoundException extends BusinessException {

    public AccountNotFoundException() {
        super("people.notFound");
    }
}
