package fr.ccibusiness.network;

/** Where I stand with someone, from my side: what the person page offers me to do. */
public enum ContactState {
    NONE,
    I_ASKED,
    THEY_ASKED,
    CONNECTED,
    THEY_DECLINED
}
