package fr.ccibusiness.space;

/**
 * A version the caller was found allowed to download (and whose download was logged): its name, type
 * and size, and the file of the store holding its bytes, to stream them.
 */
public record DownloadedFile(String fileName, String mediaType, long size, long fileId) {
}
