package fr.ccibusiness.consultation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A deposit's receipt as a PDF (OpenPDF): what the page and the e-mail say, in the reader's language,
 * to file or print. Its words come from the {@code mail} bundle's {@code receipt.*} keys.
 */
final class ReceiptPdf {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private ReceiptPdf() {
    }

    static byte[] of(DepositReceipt receipt, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("mail", locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(words.getString("receipt.title") + " — " + receipt.consultationReference());
            document.addCreator("CCI Business");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font small = FontFactory.getFont(FontFactory.COURIER, 8);
            document.add(new Paragraph(words.getString("receipt.title"), title));
            document.add(new Paragraph(" "));
            fact(document, words.getString("receipt.company"), receipt.company() + " (SIRET " + receipt.siret() + ")", plain);
            fact(document, words.getString("receipt.consultation"), receipt.consultationReference() + " — "
                    + receipt.consultationTitle(), plain);
            if (receipt.lot() != null) {
                fact(document, words.getString("receipt.lot"), receipt.lot(), plain);
            }
            fact(document, words.getString("receipt.finishedAt"), SECOND.format(receipt.finishedAt().atZone(Consultation.PARIS))
                    + " (" + words.getString("receipt.parisTime") + ")", plain);
            fact(document, words.getString("receipt.status"), words.getString(receipt.late() ? "receipt.late" : "receipt.onTime"),
                    plain);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(words.getString("receipt.files"), bold));
            for (DepositReceipt.File file : receipt.files()) {
                document.add(new Paragraph(file.name() + " — " + file.sizeBytes() + " " + words.getString("receipt.size"), plain));
                document.add(new Paragraph("SHA-256 " + file.sha256(), small));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(words.getString("receipt.sealed"), plain));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Writing a receipt", e);
        }
        return pdf.toByteArray();
    }

    private static void fact(Document document, String label, String value, Font font) throws DocumentException {
        document.add(new Paragraph(label + " : " + value, font));
    }
}
