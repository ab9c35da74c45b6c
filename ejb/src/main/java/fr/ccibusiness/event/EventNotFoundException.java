package fr.ccibusiness.event;

import fr.ccibusiness.platform.BusinessException;

/** An event, or a registration, that does not exist for the caller: never told apart from one they may not see. */
public class EventNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException() {
        super("event.notFound");
    }
}
