package fr.ccibusiness.account;

/** What became of a link that someone follows. */
public enum TokenState {
    VALID,
    EXPIRED,
    /** Unknown, already used, or for another purpose: we do not say which. */
    INVALID
}
