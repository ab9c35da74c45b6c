package fr.ccibusiness.meeting;

/** A participant of a meeting session meets as a buyer (donneur d'ordre) or as a supplier. */
public enum ParticipantKind {
    BUYER,
    SUPPLIER
}
