package fr.ccibusiness.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A participant's agenda and the organiser's table plan as PDF (OpenPDF), to print; words from the {@code mail} bundle. */
final class MeetingPdf {

    private MeetingPdf() {
    }

    static byte[] agenda(String eventTitle, String person, List<MeetingViews.AgendaLine> lines, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("mail", locale);
        return document(words.getString("meetingpdf.agenda") + " — " + person, eventTitle, table -> {
            header(table, words, "meetingpdf.time", "meetingpdf.table", "meetingpdf.with", "meetingpdf.contact");
            for (MeetingViews.AgendaLine line : lines) {
                cell(table, MeetingMail.TIME.format(line.start().atZone(MeetingSession.PARIS)));
                cell(table, line.table());
                cell(table, line.otherName() + (line.otherCompany() == null ? "" : "\n" + line.otherCompany()));
                cell(table, (line.otherEmail() == null ? "" : line.otherEmail()) + (line.otherPhone() == null ? "" : "\n" + line.otherPhone()));
            }
        }, new float[] {2.2f, 1f, 4f, 3.5f});
    }

    static byte[] tablePlan(String eventTitle, List<MeetingViews.PlanLine> lines, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("mail", locale);
        return document(words.getString("meetingpdf.plan"), eventTitle, table -> {
            header(table, words, "meetingpdf.time", "meetingpdf.table", "meetingpdf.with", "meetingpdf.with");
            for (MeetingViews.PlanLine line : lines) {
                cell(table, MeetingMail.TIME.format(line.start().atZone(MeetingSession.PARIS)));
                cell(table, line.table());
                cell(table, line.first());
                cell(table, line.second());
            }
        }, new float[] {2.2f, 1f, 4f, 4f});
    }

    private interface Rows {
        void fill(PdfPTable table);
    }

    private static byte[] document(String title, String eventTitle, Rows rows, float[] widths) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(title + " — " + eventTitle);
            document.addCreator("CCI Business");
            document.open();
            document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
            document.add(new Paragraph(eventTitle, FontFactory.getFont(FontFactory.HELVETICA, 11)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            rows.fill(table);
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
        return pdf.toByteArray();
    }

    private static void header(PdfPTable table, ResourceBundle words, String... keys) {
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        for (String key : keys) {
            table.addCell(new Phrase(words.getString(key), bold));
        }
    }

    private static void cell(PdfPTable table, String text) {
        table.addCell(new Phrase(text, FontFactory.getFont(FontFactory.HELVETICA, 9)));
    }
}
