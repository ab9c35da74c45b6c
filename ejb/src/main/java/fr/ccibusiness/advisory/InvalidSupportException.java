package fr.ccibusiness.advisory;

import fr.ccibusiness.platform.BusinessException;

/**
 * A value or an action the support services refuse. The key's second part names the field the message
 * goes next to ({@code support.title.required}: the title), or {@code state} for an action the
 * request's state no longer allows.
 */
public class InvalidSupportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSupportException(String messageKey) {
        super(messageKey);
    }

    /** The field the message is about, as the key names it. */
    public String field() {
        String[] parts = messageKey().split("\\.");
        return parts.length > 2 ? parts[1] : "state";
    }
}
