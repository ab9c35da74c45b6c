package fr.ccibusiness.meeting;

/** What the buyers of a session may do with meeting requests: only receive them, only send them, or both. */
public enum BuyerRequests {
    RECEIVE,
    SEND,
    BOTH;

    boolean buyersSend() {
        return this != RECEIVE;
    }

    boolean buyersReceive() {
        return this != SEND;
    }
}
