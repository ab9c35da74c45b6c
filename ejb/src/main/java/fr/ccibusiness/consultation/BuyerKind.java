package fr.ccibusiness.consultation;

/** What kind of buyer an organisation is: French rules ask more of public buyers (open access to their documents). */
public enum BuyerKind {
    PRIVATE, PUBLIC
}
