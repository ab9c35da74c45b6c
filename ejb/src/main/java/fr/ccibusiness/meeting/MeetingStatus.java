package fr.ccibusiness.meeting;

/** A placed meeting, then, on the day, held or missed. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    NO_SHOW
}
