package fr.ccibusiness.account;

/** How a member wants to hear by e-mail of something new: at once, in the morning digest, or not at all. */
public enum NotificationFrequency {
    EACH,
    DAILY,
    NEVER
}
