package fr.ccibusiness.consultation;

/** A tender document version handed over after the checks: what to name it and where its bytes are. */
public record DownloadedTender(String fileName, String mediaType, long size, long fileId) {
}
