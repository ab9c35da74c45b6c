package fr.ccibusiness.it.pages;

/** The event pages as their users work them: the organiser's (organiser/event.xhtml, organiser/checkin.xhtml) and the registrants' (event.xhtml). */
public final class EventPages {

    private final Browser browser;

    public EventPages(Browser browser) {
        this.browser = browser;
    }

    /** Publishes an event of the community {@code host} ("c:<id>"), open to its members; its id. */
    public long create(String host, long community, String title, String start, String end, String place, int capacity) {
        browser.open("/organiser/event.xhtml");
        browser.script("document.getElementById('event:host').value = arguments[0];", host);
        browser.type("event:title", title);
        browser.type("event:description", "Une matinée d’échanges entre fournisseurs et acheteurs.");
        // The browser's date-time fields take a local date-time of Paris, as their pickers give it.
        browser.script("document.getElementById('event:start').value = arguments[0];"
                + " document.getElementById('event:end').value = arguments[1];", start, end);
        browser.type("event:place", place);
        browser.type("event:capacity", Integer.toString(capacity));
        browser.script("document.querySelector(\"input[name='event:communities'][value='\" + arguments[0] + \"']\").click();",
                Long.toString(community));
        browser.clickAndWaitForPage("event:save");
        return Long.parseLong(java.net.URI.create((String) browser.script("return location.href;")).getQuery()
                .replaceAll(".*id=(\\d+).*", "$1"));
    }

    /** From the list of events, opens the one titled {@code title} and registers; the page's message. */
    public String register(String title) {
        browser.open("/events.xhtml");
        browser.find("events").findElement(org.openqa.selenium.By.linkText(title)).click();
        browser.find("registration:register");
        browser.clickAndWaitForPage("registration:register");
        return browser.text("page-messages");
    }

    /** On the check-in page of the event, finds the person by {@code typed} and marks them present; the count shown. */
    public String checkIn(long event, String typed, String name) {
        browser.open("/organiser/event.xhtml?id=" + event);
        browser.clickAndWaitForPage("checkin");
        browser.type("q", typed);
        browser.clickAndWaitForPage("find-submit");
        browser.clickInRowAndWaitForPage("people-list", name, ":in");
        return browser.text("count");
    }
}
