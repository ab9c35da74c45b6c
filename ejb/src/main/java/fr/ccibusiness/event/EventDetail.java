package fr.ccibusiness.event;

import java.time.Instant;
import java.util.List;

/**
 * An event's page as the reader may see it: never the other registrants (only how many places are
 * left and how many wait), and the reader's own registration with what they may do with it.
 */
public record EventDetail(long id, String title, String description, String hostName, Instant startsAt, Instant endsAt,
                          String place, String onlineLink, int capacity, long placesLeft, long waiting,
                          Instant registrationDeadline, boolean publicAccess, List<String> audience, boolean cancelled,
                          String cancelReason, boolean registrationOpen, boolean mayRegister, boolean organiser,
                          RegistrationStatus myStatus, Instant myOfferExpiresAt, Integer myPosition, boolean meetings) {

    public EventDetail {
        audience = List.copyOf(audience);
    }

    public boolean isFull() {
        return placesLeft == 0;
    }

    /** Whether the reader can withdraw (registered, waiting or offered, before the start). */
    public boolean isWithdrawable() {
        return myStatus != null && myStatus.isActive() && !cancelled;
    }

    public boolean isConfirmed() {
        return myStatus == RegistrationStatus.CONFIRMED;
    }

    public boolean isOffered() {
        return myStatus == RegistrationStatus.OFFERED;
    }
}
