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
