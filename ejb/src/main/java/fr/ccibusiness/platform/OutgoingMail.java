package fr.ccibusiness.platform;

import java.util.Objects;

/**
 * A message decided by a transaction: written to the outbox in that same transaction, so a change
 * rolled back never sends it and a committed one never loses it. Its kind (the template, or
 * "newsletter") is what a log may say of it: the address and the subject may hold personal data (a
 * notification's subject names a person). {@code accountId} is the recipient's account when what
 * happens once it is sent matters to it (a retention warning); null otherwise.
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html, Long accountId) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    public OutgoingMail(String kind, String to, String subject, String text, String html) {
        this(kind, to, subject, text, html, null);
    }

    /** The same mail, tied to the recipient's account. */
    public OutgoingMail forAccount(long recipientAccountId) {
        return new OutgoingMail(kind, to, subject, text, html, recipientAccountId);
    }
}
