package fr.ccibusiness.account;

/** How a sign-in attempt ended, as written to the connection log. */
public enum SignInOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    UNVERIFIED,
    /** The right password of an account an administrator locked. */
    LOCKED,
    /** Refused without checking the password: too many recent failures. */
    THROTTLED;

    public boolean isFailure() {
        return this == BAD_CREDENTIALS || this == UNVERIFIED || this == LOCKED;
    }
}
