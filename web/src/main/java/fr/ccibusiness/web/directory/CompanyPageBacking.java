package fr.ccibusiness.web.directory;

import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyForm;
import fr.ccibusiness.directory.DirectoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** company.xhtml?id=…: a company's public page; contact details for signed-in people only. */
@Named
@RequestScoped
public class CompanyPageBacking {

    @Inject
    private DirectoryService directory;

    private Long id;
    private Company company;
    private CompanyForm record;
    private boolean contactVisible;

    public void load() {
        company = directory.company(id);
        record = company.toForm();
        contactVisible = directory.mayContactCompanies();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Company getCompany() {
        return company;
    }

    public CompanyForm getRecord() {
        return record;
    }

    public boolean isContactVisible() {
        return contactVisible;
    }
}
