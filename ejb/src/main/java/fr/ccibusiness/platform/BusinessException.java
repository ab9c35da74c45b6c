package fr.ccibusiness.platform;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused for a reason the person can act on. It carries the key of a translated message
 * (in the web module's bundles) and rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;

    protected BusinessException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
