package fr.ccibusiness.outbox;

/** Where a mail of the outbox stands; a sent mail leaves the outbox. */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a sender until its lease ends (then claimable again: its server may have died). */
    SENDING,
    /** Every attempt failed: waits for an administrator to retry it. */
    FAILED
}
