package fr.ccibusiness.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeCsvExporterTest {

    @Test
    void whatASpreadsheetWouldRunIsQuoted() {
        assertEquals("'=HYPERLINK(\"http://example.org\")", SpreadsheetSafeCsvExporter.inert("=HYPERLINK(\"http://example.org\")"));
        assertEquals("'+33 1 23", SpreadsheetSafeCsvExporter.inert("+33 1 23"));
        assertEquals("'-2+3", SpreadsheetSafeCsvExporter.inert("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetSafeCsvExporter.inert("@SUM(A1)"));
        assertEquals("'\tcmd", SpreadsheetSafeCsvExporter.inert("\tcmd"));
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("Zoé Martin", SpreadsheetSafeCsvExporter.inert("Zoé Martin"));
        assertEquals("a=b", SpreadsheetSafeCsvExporter.inert("a=b"));
        assertEquals("", SpreadsheetSafeCsvExporter.inert(""));
    }
}
