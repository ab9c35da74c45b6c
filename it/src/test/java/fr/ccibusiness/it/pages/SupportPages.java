package fr.ccibusiness.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The support services' pages as their users work them: a member finds a service in the catalogue and
 * requests it (services.xhtml, service.xhtml), follows and rates it (support/request.xhtml); an advisor
 * works it from the queue (advisor/queue.xhtml, advisor/request.xhtml).
 */
public final class SupportPages {

    private final Browser browser;

    public SupportPages(Browser browser) {
        this.browser = browser;
    }

    /** Searches the catalogue, opens the service titled {@code title} and requests it for {@code company}; the page's message. */
    public String request(String words, String title, String company, String message) {
        browser.open("/services.xhtml");
        browser.type("q", words);
        browser.clickAndWaitForPage("search-submit");
        browser.find("offers").findElement(By.linkText(title)).click();
        new Select(browser.find("request:company")).selectByVisibleText(company);
        browser.type("request:message", message);
        browser.clickAndWaitForPage("request:submit");
        return browser.text("page-messages");
    }

    /** From the queue, opens the request of {@code company}. */
    public void openFromQueue(String company) {
        browser.open("/advisor/queue.xhtml");
        browser.find("queue:requests").findElement(By.xpath(".//tr[contains(., '" + company + "')]//a[contains(@class, 'request-link')]"))
                .click();
        browser.find("assign");
    }

    /** Clicks a button of the request's page; the status shown after. */
    public String act(String buttonId) {
        browser.clickAndWaitForPage(buttonId);
        return browser.text("status");
    }

    /** Writes to the other side from the request's page ({@code form} "message" for the advisor, "reply" for the member). */
    public String write(String form, String text) {
        browser.type(form + ":body", text);
        browser.clickAndWaitForPage(form + ":send");
        return browser.text("page-messages");
    }

    /** From the member's list of requests, opens the one of {@code service}, rates it and returns the rating shown. */
    public String rate(String service, int stars, String comment) {
        browser.open("/support/requests.xhtml");
        browser.find("requests").findElement(By.linkText(service)).click();
        browser.find("rate:rating:" + (stars - 1)).click();
        browser.type("rate:comment", comment);
        browser.clickAndWaitForPage("rate:submit");
        return browser.text("rating");
    }
}
