package fr.ccibusiness.network;

import fr.ccibusiness.platform.BusinessException;

/** A contact request, answer or block that is not allowed, with the reason to show. */
public class ContactRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ContactRefusedException(String messageKey) {
        super(messageKey);
    }
}
