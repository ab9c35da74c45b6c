package fr.ccibusiness.consultation;

/** What a journal entry records. */
public enum JournalKind {
    CREATED, DESCRIBED, DEADLINES_CHANGED, PUBLISHED, DOCUMENT_VERSION, DOWNLOAD, QUESTION, ANSWER, DEPOSIT, OPENED, RESPONSE_READ, AWARDED, CANCELLED
}
