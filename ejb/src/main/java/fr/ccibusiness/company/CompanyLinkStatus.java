package fr.ccibusiness.company;

public enum CompanyLinkStatus {
    /** Asked to join; a member of the company (or the CCI when it has none) decides. */
    REQUESTED,
    APPROVED,
    REFUSED
}
