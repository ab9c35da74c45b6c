package fr.ccibusiness.event;

/** Where a person stands for an event. */
public enum RegistrationStatus {
    /** Holds a place. */
    CONFIRMED,
    /** Was offered a freed place and holds it until the offer expires. */
    OFFERED,
    /** On the waiting list, in order of registration. */
    WAITING,
    /** Withdrew (the person, or the organiser on their behalf). */
    CANCELLED,
    /** Let an offered place go by without taking it. */
    EXPIRED;

    /** Whether a registration in this state counts against the capacity. */
    public boolean holdsAPlace() {
        return this == CONFIRMED || this == OFFERED;
    }

    /** Whether the person is still registered in some way (and may withdraw). */
    public boolean isActive() {
        return holdsAPlace() || this == WAITING;
    }
}
