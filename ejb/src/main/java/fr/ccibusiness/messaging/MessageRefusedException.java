package fr.ccibusiness.messaging;

import fr.ccibusiness.platform.BusinessException;

/** A message, report or moderation decision that is not allowed, with the reason to show. */
public class MessageRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MessageRefusedException(String messageKey) {
        super(messageKey);
    }
}
