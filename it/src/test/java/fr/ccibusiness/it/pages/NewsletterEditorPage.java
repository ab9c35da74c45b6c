package fr.ccibusiness.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** animation/newsletter.xhtml: an animator writes and sends a newsletter. */
public final class NewsletterEditorPage {

    private final Browser browser;

    private NewsletterEditorPage(Browser browser) {
        this.browser = browser;
    }

    public static NewsletterEditorPage openNew(Browser browser, long communityId) {
        browser.open("/animation/newsletters.xhtml?community=" + communityId);
        browser.clickAndWaitForPage("new");
        return new NewsletterEditorPage(browser);
    }

    /** Types the subject, and the body in the rich-text editor, as a person would. */
    public NewsletterEditorPage write(String subject, String firstParagraph) {
        browser.type("newsletter:subject", subject);
        WebElement editor = browser.find("newsletter:body").findElement(By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys(firstParagraph);
        return this;
    }

    public String save() {
        browser.clickAndWaitForPage("newsletter:save");
        return browser.text("main");
    }

    public String previewText() {
        browser.clickAndWaitForPage("newsletter:preview");
        return browser.text("preview-text");
    }

    public String previewHtml() {
        return browser.text("preview-html");
    }

    public String sendTest() {
        browser.clickAndWaitForPage("newsletter:test");
        return browser.text("page-messages");
    }

    /** Schedules for a local date-time of Paris, typed as the date picker would give it (yyyy-MM-ddTHH:mm). */
    public String scheduleAt(String localDateTime) {
        browser.script("document.getElementById('newsletter:sendAt').value = arguments[0];", localDateTime);
        browser.clickAndWaitForPage("newsletter:schedule");
        return browser.text("page-messages");
    }

    public String status() {
        return browser.text("newsletter:status");
    }

    /** Waits, without reloading, for the progress bar to reach 100 %. */
    public String progressWhenDone() {
        browser.waitForText("newsletter:progress", t -> t.contains("100"), java.time.Duration.ofSeconds(60));
        return browser.text("newsletter:progress");
    }

    public String counts() {
        return browser.text("counts");
    }
}
