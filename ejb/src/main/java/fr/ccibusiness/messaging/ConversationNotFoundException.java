package fr.ccibusiness.messaging;

import fr.ccibusiness.platform.BusinessException;

/** No conversation with this person is open to the caller (or the report is not theirs to see). */
public class ConversationNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConversationNotFoundException() {
        super("messages.notFound");
    }
}
