package fr.ccibusiness.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of every console (the pages of administrators, the DPO, animators and the CCIs' staff)
 * exports what it shows to CSV and Excel: each has the exports include aimed at it. Read from the pages
 * themselves, so that tomorrow's console table is held to it without anyone listing it here.
 */
class ConsoleExportsTest {

    private static final List<String> CONSOLES = List.of("admin", "dpo", "animation", "advisor");
    private static final Pattern TABLE_ID = Pattern.compile("<p:dataTable\\b[^>]*?\\sid=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern EXPORTED = Pattern.compile(
            "<ui:include src=\"/WEB-INF/includes/exports.xhtml\">.*?<ui:param name=\"target\" value=\"([^\"]+)\"", Pattern.DOTALL);

    @Test
    void everyConsoleTableIsExported() throws IOException {
        List<String> missing = new ArrayList<>();
        int tables = 0;
        for (String console : CONSOLES) {
            try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp", console))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    String text = Files.readString(page);
                    List<String> targets = new ArrayList<>();
                    Matcher exported = EXPORTED.matcher(text);
                    while (exported.find()) {
                        targets.add(exported.group(1));
                    }
                    Matcher table = TABLE_ID.matcher(text);
                    while (table.find()) {
                        tables++;
                        if (!targets.contains(table.group(1))) {
                            missing.add(page + ": table " + table.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(tables > 10, "the consoles' tables were found: " + tables);
        assertTrue(missing.isEmpty(), "console tables without their CSV and Excel exports: " + missing);
    }
}
