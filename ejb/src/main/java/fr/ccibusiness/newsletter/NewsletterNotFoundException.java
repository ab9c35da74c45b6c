package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.BusinessException;

/** No such newsletter, or not one of a community the caller animates: the same answer for both. */
public class NewsletterNotFoundException extends BusinessException {

    public NewsletterNotFoundException() {
        super("newsletter.notFound");
    }
}
