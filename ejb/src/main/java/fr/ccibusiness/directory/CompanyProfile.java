package fr.ccibusiness.directory;

import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyForm;
import java.io.Serializable;

/**
 * A company's public page. Its contact details (phone, e-mail, website, social link) are filled in
 * only for signed-in people: a visitor's copy never holds them.
 */
public class CompanyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String legalName;
    private final String siret;
    private final String naf;
    private final String address;
    private final CompanyForm record;
    private final boolean contactVisible;

    CompanyProfile(Company company, boolean contactVisible) {
        this.legalName = company.getLegalName();
        this.siret = company.getSiret();
        this.naf = company.getNaf().getDisplay();
        this.address = company.getStreet() + ", " + company.getPostalCode() + " " + company.getCommune().getName();
        this.record = company.toForm();
        this.contactVisible = contactVisible;
        if (!contactVisible) {
            record.setPhone(null);
            record.setEmail(null);
            record.setWebsite(null);
            record.setSocialUrl(null);
        }
    }

    public String getLegalName() {
        return legalName;
    }

    public String getSiret() {
        return siret;
    }

    public String getNaf() {
        return naf;
    }

    public String getAddress() {
        return address;
    }

    public CompanyForm getRecord() {
        return record;
    }

    public boolean isContactVisible() {
        return contactVisible;
    }
}
