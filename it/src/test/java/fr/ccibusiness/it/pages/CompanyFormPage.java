package fr.ccibusiness.it.pages;

/** account/company.xhtml: a company record, with the pickers of official codes. */
public final class CompanyFormPage {

    private final Browser browser;

    private CompanyFormPage(Browser browser) {
        this.browser = browser;
    }

    public static CompanyFormPage openNew(Browser browser) {
        browser.open("/account/company.xhtml");
        return new CompanyFormPage(browser);
    }

    public CompanyFormPage fillIn(String siret, String legalName, String activity, String phone) {
        browser.type("company:siret", siret);
        browser.type("company:legalName", legalName);
        browser.type("company:activity", activity);
        browser.type("company:phone", phone);
        return this;
    }

    public CompanyFormPage address(String street, String postalCode, String communeTyped, String communeCode) {
        browser.type("company:street", street);
        browser.type("company:postalCode", postalCode);
        browser.pick("company:commune", communeTyped, communeCode);
        return this;
    }

    public CompanyFormPage activityCode(String typed, String code) {
        browser.pick("company:naf", typed, code);
        return this;
    }

    /** Saves; returns the heading of the page that follows (the company's name). */
    public String save() {
        browser.clickAndWaitForPage("company:save");
        return browser.heading();
    }
}
