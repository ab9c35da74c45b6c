package fr.ccibusiness.account;

import fr.ccibusiness.platform.BusinessException;

/** A lock needs its reason, kept for the administrators: empty or too long is refused. */
public class InvalidLockReasonException extends BusinessException {

    public InvalidLockReasonException() {
        super("people.lock.reason.invalid");
    }
}
