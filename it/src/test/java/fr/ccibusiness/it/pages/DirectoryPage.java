package fr.ccibusiness.it.pages;

import java.util.List;
import org.openqa.selenium.By;

/** directory.xhtml: the search form with its suggestions, the facets and the results. */
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
    public List<String> searchCompanies(String words) {
        browser.type("q_input", words);
        browser.clickAndWaitForPage("search-submit");
        return names();
    }

    /** Types the beginning of words, picks the suggestion holding {@code choice}, and searches it. */
    public List<String> searchSuggestion(String typed, String choice) {
        browser.pick("q", typed, choice);
        browser.clickAndWaitForPage("search-submit");
        return names();
    }

    /** Clicks the value of a facet whose label holds {@code label}. */
    public List<String> filter(String facet, String label) {
        browser.clickLinkAndWaitForPage("facet-" + facet, label);
        return names();
    }

    /** The labels of a facet's values, as shown (with their counts). */
    public List<String> facetValues(String facet) {
        return browser.find("facet-" + facet).findElements(By.tagName("a")).stream().map(a -> a.getText()).toList();
    }

    /** Opens the company of the results named so. */
    public void openCompany(String name) {
        browser.clickLinkAndWaitForPage("company-results", name);
    }

    public List<String> names() {
        return browser.find("company-results").findElements(By.cssSelector("h3 a")).stream().map(a -> a.getText()).toList();
    }
}
