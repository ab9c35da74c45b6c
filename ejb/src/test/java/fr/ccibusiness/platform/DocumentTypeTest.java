package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void recognisesFilesFromTheirBytesWhenTheNameAgrees() throws IOException {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.of("Rapport annuel.PDF", PDF));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.of("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.of("note.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(DocumentType.XLSX), DocumentType.of("budget.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(Optional.of(DocumentType.ODT), DocumentType.of("compte-rendu.odt",
                zipWithMimetype("application/vnd.oasis.opendocument.text")));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertEquals(Optional.of(DocumentType.XLS), DocumentType.of("ancien.xls", ole2));
    }

    @Test
    void refusesWhatIsNotOneOfTheKindsOrWearsAnotherKindsName() throws IOException {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertEquals(Optional.empty(), DocumentType.of("facture.pdf", executable), "an executable renamed .pdf");
        assertEquals(Optional.empty(), DocumentType.of("image.png", PDF), "a PDF named .png");
        assertEquals(Optional.empty(), DocumentType.of("archive.docx", zip("payload.exe")), "any ZIP is not a document");
        assertEquals(Optional.empty(), DocumentType.of("page.html", "<html><script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), DocumentType.of("sans-extension", PDF));
    }

    @Test
    void anUploadKeepsOnlyAFileNameAndAnEmptyOneIsRefusedBeforeAnythingIsStored() {
        assertEquals("rapport.pdf", StoredFile.cleanName("C:\\Users\\moi\\rapport.pdf"));
        assertEquals("a.pdf", StoredFile.cleanName("../../etc/a.pdf"));
        assertEquals("file.empty", assertThrows(InvalidFileException.class,
                () -> StoredFile.accept("a.pdf", new ByteArrayInputStream(new byte[0]), 1000, null)).messageKey());
    }

    @Test
    void aLargeDocumentIsJudgedOnItsHeadEvenWhenItEndsInTheMiddleOfAnEntry() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(whole)) {
            for (String entry : new String[] {"[Content_Types].xml", "word/document.xml"}) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] image = new byte[100_000];
            new java.util.Random(3).nextBytes(image);
            zip.write(image);
        }
        byte[] head = Arrays.copyOf(whole.toByteArray(), 20_000);
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.of("note.docx", head));
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipWithMimetype(String mimetype) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
