package fr.ccibusiness.network;

/** Where a contact request between two people stands; ACCEPTED means they are connected. */
public enum ContactStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    REMOVED
}
