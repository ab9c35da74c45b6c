package fr.ccibusiness.space;

/** What a space item is: a document with its versions, or a link to another site. */
public enum ItemKind {
    DOCUMENT,
    LINK
}
