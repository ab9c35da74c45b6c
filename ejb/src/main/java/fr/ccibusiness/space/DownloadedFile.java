package fr.ccibusiness.space;

/** A version's bytes, handed to the one person allowed to download it, with its name and type. */
public record DownloadedFile(String fileName, String mediaType, byte[] content) {
}
