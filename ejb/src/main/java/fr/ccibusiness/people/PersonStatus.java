package fr.ccibusiness.people;

/** What the console shows of an account's state: waiting for its confirmation, active, or locked. */
public enum PersonStatus {
    PENDING, ACTIVE, LOCKED
}
