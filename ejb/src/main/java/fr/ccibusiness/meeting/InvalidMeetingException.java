package fr.ccibusiness.meeting;

import fr.ccibusiness.platform.BusinessException;

/**
 * A value or an action the meeting sessions refuse. The key's second part names the field the message
 * goes next to ({@code meeting.tables.range}: the tables), or {@code state} for an action the session's
 * or the request's state no longer allows.
 */
public class InvalidMeetingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidMeetingException(String messageKey) {
        super(messageKey);
    }

    public String field() {
        String[] parts = messageKey().split("\\.");
        return parts.length > 2 ? parts[1] : "state";
    }
}
