package fr.ccibusiness.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte order mark, ";" as French spreadsheets
 * expect). A value that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] of(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, columns);
        for (Map<String, Object> row : rows) {
            line(csv, columns.stream().map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c))).toList());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = inert(value);
        boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** {@code text} as a spreadsheet shows it without running it: a quote before =, +, -, @, a tab or a carriage return. */
    public static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
