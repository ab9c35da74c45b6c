package fr.ccibusiness.platform;

import java.util.Objects;

/**
 * A message decided by a transaction: written to the outbox in that same transaction, so a change
 * rolled back never sends it and a committed one never loses it. Its kind (the template, or
 * "newsletter") is what a log may say of it: the address and the subject may hold personal data (a
 * notification's subject names a person). {@code accountId} is the recipient's account when what
 * happens once it is sent matters to it (a retention warning); null otherwise. {@code calendar} is an
 * iCalendar object (RFC 5545, with its iTIP METHOD) sent along as an invitation, or null.
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html, Long accountId, String calendar) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    public OutgoingMail(String kind, String to, String subject, String text, String html) {
        this(kind, to, subject, text, html, null, null);
    }

    /** The same mail, tied to the recipient's account. */
    public OutgoingMail forAccount(long recipientAccountId) {
        return new OutgoingMail(kind, to, subject, text, html, recipientAccountId, calendar);
    }

    /** The same mail with a calendar invitation, update or cancellation. */
    public OutgoingMail withCalendar(String iCalendar) {
        return new OutgoingMail(kind, to, subject, text, html, accountId, iCalendar);
    }

    /** The iTIP method of the calendar sent along (REQUEST, CANCEL…), or null without one. */
    public String calendarMethod() {
        if (calendar == null) {
            return null;
        }
        return calendar.lines().filter(line -> line.startsWith("METHOD:")).map(line -> line.substring(7).strip())
                .findFirst().orElse("PUBLISH");
    }
}
