package fr.ccibusiness.rights;

/** The rights of article 4 a request can be about. */
public enum RightsKind {
    ACCESS, RECTIFICATION, ERASURE, OPPOSITION, PORTABILITY, NEWSLETTERS, OTHER
}
