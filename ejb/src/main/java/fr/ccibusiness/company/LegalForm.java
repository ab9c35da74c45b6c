package fr.ccibusiness.company;

/** The common legal forms of French companies; OTHER for the rest of INSEE's categories. */
public enum LegalForm {
    EI, EURL, SARL, SAS, SASU, SA, SNC, SCOP, SCIC, ASSOCIATION, PUBLIC_BODY, OTHER
}
