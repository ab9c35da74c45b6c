package fr.ccibusiness.rights;

import fr.ccibusiness.platform.BusinessException;

/** The public form was sent too often from one network address within the hour. */
public class TooManyRightsRequestsException extends BusinessException {

    public TooManyRightsRequestsException() {
        super("rights.tooMany");
    }
}
