package fr.ccibusiness.it.pages;

/** account/delete.xhtml. */
public final class DeleteAccountPage {

    private final Browser browser;

    DeleteAccountPage(Browser browser) {
        this.browser = browser;
    }

    public String heading() {
        return browser.heading();
    }

    /** Confirms with the password; the person lands on the home page, signed out. */
    public String confirmWith(String password) {
        browser.type("delete:currentPassword", password);
        browser.clickAndWaitForPage("delete:submit");
        return browser.text("deleted-notice");
    }
}
