package fr.ccibusiness.account;

/** What following a link from an e-mail did. */
public enum EmailConfirmation {
    /** A new registration is confirmed: the person may sign in. */
    ACCOUNT_VERIFIED,
    /** The new address replaces the old one: sign in again with it. */
    EMAIL_CHANGED,
    /** The new address was taken by another account meanwhile. */
    EMAIL_TAKEN,
    EXPIRED,
    INVALID
}
