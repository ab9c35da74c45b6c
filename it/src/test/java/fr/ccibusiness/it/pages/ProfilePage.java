package fr.ccibusiness.it.pages;

/** account/profile.xhtml. */
public final class ProfilePage {

    private final Browser browser;

    private ProfilePage(Browser browser) {
        this.browser = browser;
    }

    public static ProfilePage open(Browser browser) {
        browser.open("/account/profile.xhtml");
        return new ProfilePage(browser);
    }

    public String save(String jobTitle, String competences) {
        browser.type("profile:jobTitle", jobTitle);
        browser.type("profile:competences", competences);
        browser.clickAndWaitForPage("profile:save");
        return browser.text("page-messages");
    }
}
