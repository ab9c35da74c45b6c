package fr.ccibusiness.it.pages;

/** The meeting pages as their users work them: a participant's session and agenda, the organiser's session. */
public final class MeetingPages {

    private final Browser browser;

    public MeetingPages(Browser browser) {
        this.browser = browser;
    }

    /** From the event's page, opens its meetings and joins with what one offers; the page's message. */
    public String join(long event, String offer) {
        browser.open("/event.xhtml?id=" + event);
        browser.clickAndWaitForPage("meetings");
        browser.type("profile:offer", offer);
        browser.clickAndWaitForPage("profile:save");
        return browser.text("page-messages");
    }

    /** Asks the participant whose card holds {@code name} for a meeting; the page's message. */
    public String ask(String name, String reason) {
        browser.typeInRow("cards", name, ":reason", reason);
        browser.clickInRowAndWaitForPage("cards", name, ":ask");
        return browser.text("page-messages");
    }

    /** Accepts the first request received; the page's message. */
    public String acceptFirst(long event) {
        browser.open("/meetings/session.xhtml?event=" + event);
        browser.clickAndWaitForPage("requests:in:0:accept");
        return browser.text("page-messages");
    }

    /** As the organiser: schedules, then publishes; the figures of the scheduler's report. */
    public String scheduleAndPublish(long event) {
        browser.open("/organiser/meetings.xhtml?event=" + event);
        browser.clickAndWaitForPage("run:schedule");
        String figures = browser.text("report-figures");
        browser.clickAndWaitForPage("run:publish");
        return figures;
    }

    /** Opens one's agenda; the table of meetings as shown. */
    public String agenda(long event) {
        browser.open("/meetings/agenda.xhtml?event=" + event);
        return browser.text("agenda:meetings");
    }

    /** Downloads the agenda as PDF, then as iCalendar; both files' bytes. */
    public byte[][] downloadAgenda() {
        browser.find("agenda-pdf").click();
        byte[] pdf = browser.takeDownload();
        browser.find("agenda-ics").click();
        byte[] ics = browser.takeDownload();
        return new byte[][] {pdf, ics};
    }
}
