package fr.ccibusiness.advisory;

/** What the download of an attachment hands over: its name, type, size and where its bytes are. */
public record DownloadedAttachment(String fileName, String mediaType, long size, long fileId) {
}
