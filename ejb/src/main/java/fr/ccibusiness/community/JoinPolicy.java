package fr.ccibusiness.community;

public enum JoinPolicy {
    /** Anyone who meets the admission requirements is a member at once. */
    OPEN,
    /** An animator of the community approves or refuses each request. */
    APPROVAL
}
