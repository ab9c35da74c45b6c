package fr.ccibusiness.notification;

/** What a notification is about; messages and contact requests follow the member's message choice. */
public enum NotificationKind {
    MESSAGE,
    CONTACT,
    CONTENT
}
