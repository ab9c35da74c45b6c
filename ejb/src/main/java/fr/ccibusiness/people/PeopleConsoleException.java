package fr.ccibusiness.people;

import fr.ccibusiness.platform.BusinessException;

/** A console action the rules refuse (locking oneself, the last administrator, a staff member locking an administrator…). */
public class PeopleConsoleException extends BusinessException {

    public PeopleConsoleException(String messageKey) {
        super(messageKey);
    }
}
