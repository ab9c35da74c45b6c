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
 * PrimeFaces' cell navigation takes Enter in a table's cell and "clicks" the cell's first link by script,
 * which does not follow a link: a person on the keyboard could not open a row's link. Every table of
 * every page whose cells hold a link turns it off, so Tab reaches the links and Enter follows them.
 */
class TableLinksTest {

    private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b(.*?)</p:dataTable>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<h:link\\b|<h:outputLink\\b|<p:link\\b|<a\\s");

    @Test
    void tablesWithLinksLeaveEnterToTheLinks() throws IOException {
        List<String> wrong = new ArrayList<>();
        int withLinks = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher table = TABLE.matcher(Files.readString(page));
                while (table.find()) {
                    if (LINK.matcher(table.group()).find()) {
                        withLinks++;
                        String opening = table.group().substring(0, table.group().indexOf('>'));
                        if (!opening.contains("cellNavigation=\"false\"")) {
                            wrong.add(page + ": " + table.group().lines().findFirst().orElse(""));
                        }
                    }
                }
            }
        }
        assertTrue(withLinks > 0, "the pages were found");
        assertTrue(wrong.isEmpty(), "tables with links and PrimeFaces' cell navigation on: " + wrong);
    }
}
