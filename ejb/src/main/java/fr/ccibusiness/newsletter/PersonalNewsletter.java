package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.OutgoingMail;
import java.util.Map;

/** A newsletter as one recipient receives it: the message, its list headers, and who it is for. */
public record PersonalNewsletter(long accountId, OutgoingMail mail, Map<String, String> headers) {
}
