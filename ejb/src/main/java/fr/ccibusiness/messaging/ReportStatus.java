package fr.ccibusiness.messaging;

/** A reported message waits in the queue (OPEN) until an animator dismisses the report or removes the message. */
public enum ReportStatus {
    OPEN,
    DISMISSED,
    REMOVED
}
