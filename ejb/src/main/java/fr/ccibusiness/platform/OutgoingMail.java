package fr.ccibusiness.platform;

import java.util.Objects;

/**
 * A message to send once the transaction that decided it has committed: an account that was rolled
 * back never receives a link.
 */
public record OutgoingMail(String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
