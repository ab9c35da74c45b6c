package fr.ccibusiness.account;

public enum AccountStatus {
    /** Registered, e-mail not confirmed yet: cannot sign in. */
    PENDING_VERIFICATION,
    /** E-mail confirmed: the realm lets it sign in. */
    ACTIVE
}
