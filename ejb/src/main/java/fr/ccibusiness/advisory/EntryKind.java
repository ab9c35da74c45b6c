package fr.ccibusiness.advisory;

/** What is written on a request: a message between the member and the CCI, a note of the CCI's own, or the trace of a step. */
public enum EntryKind {
    MESSAGE, NOTE, STEP
}
