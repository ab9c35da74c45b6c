package fr.ccibusiness.event;

/** An event is published when created (it has no draft), and may be cancelled until it has started. */
public enum EventStatus {
    PUBLISHED,
    CANCELLED
}
