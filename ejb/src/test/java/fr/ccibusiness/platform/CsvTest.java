package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsThatSpreadsheetsWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+33 6 12", Csv.cell("+33 6 12"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
        assertEquals("Caen", Csv.cell("Caen"));
    }

    @Test
    void whatASpreadsheetWouldRunIsQuoted() {
        assertEquals("'=HYPERLINK(\"http://example.org\")", Csv.inert("=HYPERLINK(\"http://example.org\")"));
        assertEquals("'+33 1 23", Csv.inert("+33 1 23"));
        assertEquals("'-2+3", Csv.inert("-2+3"));
        assertEquals("'@SUM(A1)", Csv.inert("@SUM(A1)"));
        assertEquals("'\tcmd", Csv.inert("\tcmd"));
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("Zoé Martin", Csv.inert("Zoé Martin"));
        assertEquals("a=b", Csv.inert("a=b"));
        assertEquals("", Csv.inert(""));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"dit \"\"oui\"\"\"", Csv.cell("dit \"oui\""));
        assertEquals("\"deux\nlignes\"", Csv.cell("deux\nlignes"));
    }

    @Test
    void aFileHasAByteOrderMarkAHeaderAndOneLinePerRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "Lou");
        row.put("phone", null);
        String csv = new String(Csv.of(List.of("name", "phone"), List.of(row)), StandardCharsets.UTF_8);
        assertEquals("\uFEFFname;phone\r\nLou;\r\n", csv);
    }
}
