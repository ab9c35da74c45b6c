package fr.ccibusiness.rights;

public enum RightsStatus {
    /** Sent from the form; the address is not confirmed yet, the legal clock has not started. */
    UNVERIFIED,
    /** Confirmed: in the DPO's queue, due by its due date. */
    OPEN,
    /** Answered and closed. */
    CLOSED
}
