package fr.ccibusiness.it.pages;

/** community.xhtml?id=…: joining or asking to join. */
public final class CommunityPage {

    private final Browser browser;

    private CommunityPage(Browser browser) {
        this.browser = browser;
    }

    public static CommunityPage open(Browser browser, long id) {
        browser.open("/community.xhtml?id=" + id);
        return new CommunityPage(browser);
    }

    /** Joins (or asks to); returns the status shown afterwards. */
    public String join() {
        browser.clickAndWaitForPage("membership:join");
        return browser.text("membership-status");
    }
}
