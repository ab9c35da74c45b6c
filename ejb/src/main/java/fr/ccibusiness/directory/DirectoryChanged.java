package fr.ccibusiness.directory;

/**
 * Fired by a service whose transaction changed what the directory shows (a company, a membership, a
 * community): once it commits, the directory's index reads the change log and its caches empty.
 */
public record DirectoryChanged() {
}
