package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.BusinessException;

/** The newsletter has started or ended: it is not edited, scheduled nor cancelled any more. */
public class NewsletterStateException extends BusinessException {

    public NewsletterStateException(String messageKey) {
        super(messageKey);
    }
}
