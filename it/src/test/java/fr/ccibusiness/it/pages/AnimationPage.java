package fr.ccibusiness.it.pages;

/** animation/community.xhtml?id=…: an animator's view of one community. */
public final class AnimationPage {

    private final Browser browser;

    private AnimationPage(Browser browser) {
        this.browser = browser;
    }

    public static AnimationPage open(Browser browser, long communityId) {
        browser.open("/animation/community.xhtml?id=" + communityId);
        return new AnimationPage(browser);
    }

    public String pending() {
        return browser.text("pending-requests");
    }

    /** Approves the request of that person; returns the members listed afterwards. */
    public String approve(String applicantEmail) {
        browser.clickInRowAndWaitForPage("pending-requests", applicantEmail, "approve");
        return browser.text("community-members");
    }
}
