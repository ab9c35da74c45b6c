package fr.ccibusiness.platform;

import java.util.Objects;

/**
 * A message to send once the transaction that decided it has committed: an account that was rolled
 * back never receives a link. Its kind (the template, or "newsletter") is what a log may say of it: the
 * address and the subject may hold personal data (a notification's subject names a person).
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
