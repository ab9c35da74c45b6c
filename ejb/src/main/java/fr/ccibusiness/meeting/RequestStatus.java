package fr.ccibusiness.meeting;

/** Where a meeting request stands. */
public enum RequestStatus {
    /** Made for a buyer from their consultation's candidates, not sent yet. */
    PREPARED,
    PENDING,
    ACCEPTED,
    DECLINED,
    /** Not answered by the end of the request period. */
    EXPIRED,
    /** Taken back by its sender before an answer. */
    WITHDRAWN
}
