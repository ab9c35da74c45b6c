package fr.ccibusiness.consultation;

import fr.ccibusiness.platform.BusinessException;

/**
 * A value or an action the consultations refuse. The key's second part names the field the message
 * goes next to ({@code consultation.title.required}: the title), or {@code state} for an action the
 * consultation's state no longer allows.
 */
public class InvalidConsultationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidConsultationException(String messageKey) {
        super(messageKey);
    }

    /** The field the message is about, as the key names it. */
    public String field() {
        String[] parts = messageKey().split("\\.");
        return parts.length > 2 ? parts[1] : "state";
    }
}
