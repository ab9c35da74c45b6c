package fr.ccibusiness.it.pages;

/** login.xhtml. */
public final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login.xhtml");
        return new LoginPage(browser);
    }

    public AccountPage signIn(String email, String password) {
        browser.type("login:email", email);
        browser.type("login:password", password);
        browser.clickAndWaitForPage("login:submit");
        return new AccountPage(browser);
    }
}
