package fr.ccibusiness.it.pages;

import org.openqa.selenium.By;

/** directory.xhtml: the search form and its results. */
public final class DirectoryPage {

    private final Browser browser;

    private DirectoryPage(Browser browser) {
        this.browser = browser;
    }

    public static DirectoryPage open(Browser browser) {
        browser.open("/directory.xhtml");
        return new DirectoryPage(browser);
    }

    /** Searches companies for these words; returns the names found. */
    public java.util.List<String> searchCompanies(String words) {
        browser.type("q", words);
        browser.clickAndWaitForPage("search-submit");
        return browser.find("company-results").findElements(By.tagName("a")).stream().map(a -> a.getText()).toList();
    }
}
