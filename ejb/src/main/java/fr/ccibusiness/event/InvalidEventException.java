package fr.ccibusiness.event;

import fr.ccibusiness.platform.BusinessException;

/**
 * A value or an action the events refuse. The key's second part names the field the message goes
 * next to ({@code event.title.required}: the title), or {@code state} for an action the event's or
 * the registration's state no longer allows.
 */
public class InvalidEventException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String messageKey) {
        super(messageKey);
    }

    /** The field the message is about, as the key names it. */
    public String field() {
        String[] parts = messageKey().split("\\.");
        return parts.length > 2 ? parts[1] : "state";
    }
}
