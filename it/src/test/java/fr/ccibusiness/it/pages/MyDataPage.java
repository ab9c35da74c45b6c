package fr.ccibusiness.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Mon compte → Mes données, as a person sees it. */
public final class MyDataPage {

    private final Browser browser;

    private MyDataPage(Browser browser) {
        this.browser = browser;
    }

    public static MyDataPage open(Browser browser) {
        browser.open("/account/data.xhtml");
        return new MyDataPage(browser);
    }

    public String heading() {
        return browser.heading();
    }

    public Path downloadMyData() {
        browser.find("download").click();
        return browser.awaitDownload();
    }

    /** Each community's newsletter line: "name | state". */
    public List<String> newsletters() {
        return browser.find("newsletters:table").findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().limit(2).map(WebElement::getText)
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }

    public MyDataPage toggleNewsletterOf(String community) {
        WebElement row = browser.find("newsletters:table").findElement(By.xpath(".//tr[contains(., '" + community + "')]"));
        String id = row.findElement(By.cssSelector("button[id$='subscribe']")).getAttribute("id");
        browser.clickAndWaitForPage(id);
        return this;
    }

    public String message() {
        return browser.text("page-messages");
    }
}
