package fr.ccibusiness.it.pages;

/** account/index.xhtml, "Mon compte", with the layout's language switch. */
public final class AccountPage {

    private final Browser browser;

    AccountPage(Browser browser) {
        this.browser = browser;
    }

    public String heading() {
        return browser.heading();
    }

    public String signedInAs() {
        return browser.text("signed-in-as");
    }

    public String email() {
        return browser.text("account-email");
    }

    public AccountPage switchToEnglish() {
        browser.clickAndWaitForPage("lang-en");
        return this;
    }

    public DeleteAccountPage askToDelete() {
        browser.clickAndWaitForPage("delete-account");
        return new DeleteAccountPage(browser);
    }
}
