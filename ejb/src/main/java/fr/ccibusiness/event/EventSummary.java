package fr.ccibusiness.event;

import java.time.Instant;

/** An event in a list: what it is, when, where, the places left, and where the reader stands. */
public record EventSummary(long id, String title, String hostName, Instant startsAt, Instant endsAt, String where,
                           long placesLeft, boolean publicAccess, boolean cancelled, RegistrationStatus myStatus) {

    static EventSummary of(Event event, long placesHeld, RegistrationStatus myStatus) {
        return new EventSummary(event.getId(), event.getTitle(), event.getHostName(), event.getStartsAt(), event.getEndsAt(),
                event.getWhere(), Math.max(0, event.getCapacity() - placesHeld), event.isPublicAccess(), event.isCancelled(),
                myStatus);
    }

    public boolean isFull() {
        return placesLeft == 0;
    }
}
