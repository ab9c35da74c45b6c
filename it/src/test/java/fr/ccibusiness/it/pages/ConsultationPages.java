package fr.ccibusiness.it.pages;

import java.nio.file.Path;

/**
 * The consultation pages as their users work them: the buyer's (buyer/consultation.xhtml) and the
 * candidates' (consultation.xhtml).
 */
public final class ConsultationPages {

    private final Browser browser;

    public ConsultationPages(Browser browser) {
        this.browser = browser;
    }

    /** Fills in a new consultation for the first community offered, and saves the draft; its id. */
    public long draft(String reference, String title, String object, String responseDeadline, String questionDeadline) {
        browser.open("/buyer/consultation.xhtml");
        browser.type("consultation:reference", reference);
        browser.type("consultation:title", title);
        var editor = browser.find("consultation:object").findElement(org.openqa.selenium.By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys(object);
        browser.script("document.getElementById('consultation:valueBand').value = 'FROM_221K_TO_1M';");
        // The browser's date-time fields take a local date-time of Paris, as their pickers give it.
        browser.script("document.getElementById('consultation:responseDeadline').value = arguments[0];"
                + " document.getElementById('consultation:questionDeadline').value = arguments[1];", responseDeadline, questionDeadline);
        browser.find("consultation:communities:0").click();
        browser.clickAndWaitForPage("consultation:save");
        return Long.parseLong(java.net.URI.create((String) browser.script("return location.href;")).getQuery()
                .replaceAll(".*id=(\\d+).*", "$1"));
    }

    public String addDocument(String title, Path file) {
        browser.type("document:title", title);
        browser.find("document:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage("document:upload");
        return browser.text("page-messages");
    }

    public String publish() {
        browser.clickAndWaitForPage("lifecycle:publish");
        return browser.text("state");
    }

    /** Answers the first question waiting, to all candidates (the page's default). */
    public String answerToAll(String answer) {
        browser.type("answer:text", answer);
        browser.clickAndWaitForPage("answer:send");
        return browser.text("page-messages");
    }

    public String openResponses() {
        browser.clickAndWaitForPage("opening:open");
        return browser.text("opened");
    }

    /** Retains the first response of the comparison table. */
    public String awardFirst() {
        browser.find("award:winners:0").click();
        browser.clickAndWaitForPage("award:confirm");
        return browser.text("page-messages");
    }

    public void openAsCandidate(long id) {
        browser.open("/consultation.xhtml?id=" + id);
    }

    public String ask(String question) {
        browser.type("ask:question", question);
        browser.clickAndWaitForPage("ask:send");
        return browser.text("page-messages");
    }

    /**
     * Deposits a response with one file, which the page's script sends a chunk at a time (the
     * progress bars filled, the form then sent); the receipt shown.
     */
    public String deposit(String text, Path file) {
        browser.type("deposit:text", text);
        browser.find("deposit:files").clear();
        browser.find("deposit:files").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage("deposit:send");
        return browser.text("receipt");
    }

    /**
     * Makes the page's second chunk fail as a dropped connection would, once; counts in the tab's
     * session storage (which outlives the page) the chunks the page sent and the times it asked the
     * server where to resume.
     */
    public void breakTheSecondChunk() {
        browser.script("const send = window.fetch; let puts = 0;"
                + "window.fetch = function (url, options) {"
                + "  const method = options && options.method;"
                + "  if (method === 'PUT' && ++puts === 2) { return Promise.reject(new TypeError('Failed to fetch')); }"
                + "  if (method === 'GET') { sessionStorage.setItem('cci-resumed', String(Number(sessionStorage.getItem('cci-resumed') || 0) + 1)); }"
                + "  if (method === 'PUT') { sessionStorage.setItem('cci-chunks', String(puts)); }"
                + "  return send.apply(this, arguments); };");
    }

    /** Tries to deposit a file the platform refuses at its first chunk: the message next to the field, the page kept. */
    public String depositRefused(Path file) {
        browser.find("deposit:files").sendKeys(file.toAbsolutePath().toString());
        browser.find("deposit:send").click();
        browser.waitForText("deposit-files-too-large", message -> !message.isBlank()
                && !message.contains("gardez cette page ouverte"), java.time.Duration.ofSeconds(20));
        return browser.text("deposit-files-too-large");
    }
}
