package fr.ccibusiness.newsletter;

import fr.ccibusiness.platform.OutgoingMail;
import java.util.Map;

/**
 * A newsletter as one recipient receives it: who it is for, its subject and list headers, and its two
 * versions, each the newsletter's body (the same for every recipient) framed by this recipient's own
 * lines (the greeting before, the footer with their unsubscribe link after).
 */
public record PersonalNewsletter(long accountId, String to, String subject, Map<String, String> headers, Framed text,
                                 Framed html) {

    /** A body shared by all the recipients, between one recipient's own lines. */
    public record Framed(String before, String shared, String after) {

        public String whole() {
            return before + shared + after;
        }
    }

    /** The whole message, as the outbox sends it. */
    public OutgoingMail mail() {
        return new OutgoingMail("newsletter", to, subject, text.whole(), html.whole());
    }
}
