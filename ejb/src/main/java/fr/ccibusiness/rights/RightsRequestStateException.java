package fr.ccibusiness.rights;

import fr.ccibusiness.platform.BusinessException;

/** The action does not fit the request's state (closed already, extended already, bad extension). */
public class RightsRequestStateException extends BusinessException {

    public RightsRequestStateException(String messageKey) {
        super(messageKey);
    }
}
