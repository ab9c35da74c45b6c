package fr.ccibusiness.it.pages;

/** register.xhtml as a person uses it. */
public final class RegisterPage {

    private final Browser browser;

    private RegisterPage(Browser browser) {
        this.browser = browser;
    }

    public static RegisterPage open(Browser browser) {
        browser.open("/register.xhtml");
        return new RegisterPage(browser);
    }

    public RegisterPage fillIn(String lastName, String firstName, String email, String password) {
        browser.type("register:lastName", lastName);
        browser.type("register:firstName", firstName);
        browser.type("register:email", email);
        browser.type("register:password", password);
        browser.type("register:passwordAgain", password);
        return this;
    }

    public RegisterPage acceptPolicy() {
        browser.find("register:consent").click();
        return this;
    }

    /** Submits; the page then says to check the mailbox. */
    public String submit() {
        browser.clickAndWaitForPage("register:submit");
        return browser.text("register-done");
    }
}
