package fr.ccibusiness.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a community space accepts, recognised from their bytes (the name only has to
 * agree): PDF, images, Office Open XML and OpenDocument files, and the older Office formats.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int ZIP_ENTRIES_READ = 12;
    private static final List<DocumentType> OLD_OFFICE = List.of(DOC, XLS, PPT);

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The type of {@code content} (a file's first bytes), when its bytes are one of the accepted kinds and the extension of
     * {@code fileName} is one of that kind's; empty otherwise (an executable renamed ".pdf", say).
     */
    public static Optional<DocumentType> of(String fileName, byte[] content) {
        String extension = extension(fileName);
        return sniff(content, extension).filter(type -> type.extensions.contains(extension));
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<DocumentType> sniff(byte[] b, String extension) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (b.length >= 12 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, OLE2)) {
            // The compound file of the older Office formats does not say cheaply which one it is: the name decides among them.
            return OLD_OFFICE.stream().filter(type -> type.extensions.contains(extension)).findFirst();
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return zipped(b);
        }
        return Optional.empty();
    }

    /** Office Open XML by its content-types part and main folder; OpenDocument by its "mimetype" entry. */
    private static Optional<DocumentType> zipped(byte[] content) {
        boolean contentTypes = false;
        String main = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            // The parts that tell come first in real files; a few entries are enough, and nothing large is inflated for nothing.
            int seen = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null && seen++ < ZIP_ENTRIES_READ; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return Arrays.stream(new DocumentType[] {ODT, ODS, ODP}).filter(t -> t.mediaType.equals(declared)).findFirst();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (main == null) {
                    main = name.startsWith("word/") ? "word" : name.startsWith("xl/") ? "xl" : name.startsWith("ppt/") ? "ppt" : null;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Judged on the head of the file (StoredFile.HEAD), which may end in the middle of an entry:
            // what was read before may have said enough.
        }
        if (!contentTypes || main == null) {
            return Optional.empty();
        }
        return Optional.of(switch (main) {
            case "word" -> DOCX;
            case "xl" -> XLSX;
            default -> PPTX;
        });
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
