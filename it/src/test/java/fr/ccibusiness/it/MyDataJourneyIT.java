package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.pages.MyDataPage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Mes données in a real browser: download the export, switch a newsletter off and on again. */
class MyDataJourneyIT extends PlatformIT {

    @Test
    void aMemberDownloadsTheirDataAndTogglesANewsletter() throws IOException {
        String email = newEmail();
        WebClient web = new WebClient();
        registerConfirmed(web, email, "Navigatrice", "Jeanne");
        signIn(web, email, PASSWORD);
        long community = Db.community("SECTOR", "OPEN", "Navigation");
        web.submit(web.get("/community.xhtml?id=" + community), "membership", Map.of(), "membership:join");
        String name = (String) Db.single("SELECT name FROM app.community WHERE id = ?", community);

        try (Browser browser = new Browser("fr")) {
            browser.open("/index.xhtml");
            browser.clickAndWaitForPage("cookie-refuse");
            LoginPage.open(browser).signIn(email, PASSWORD);
            MyDataPage page = MyDataPage.open(browser);
            assertEquals("Mes données", page.heading());

            Path zip = page.downloadMyData();
            assertTrue(zip.getFileName().toString().startsWith("mes-donnees-ccibusiness-"), zip.toString());
            List<String> entries = new ArrayList<>();
            String json = "";
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(entry.getName());
                    if (entry.getName().equals("data.json")) {
                        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue(entries.containsAll(List.of("README.txt", "data.json", "csv/profile.csv")), entries.toString());
            assertTrue(json.contains(email) && json.contains("Navigatrice") && json.contains(name));

            assertTrue(page.newsletters().get(0).startsWith(name + " | Abonné·e"), page.newsletters().toString());
            page.toggleNewsletterOf(name);
            assertTrue(page.message().contains("désabonné"), page.message());
            assertEquals(List.of(name + " | Désabonné·e"), page.newsletters());
            page.toggleNewsletterOf(name);
            assertTrue(page.newsletters().get(0).startsWith(name + " | Abonné·e"), page.newsletters().toString());
        }
    }
}
