package fr.ccibusiness.community;

public enum MembershipStatus {
    REQUESTED,
    ACTIVE,
    REFUSED,
    LEFT
}
