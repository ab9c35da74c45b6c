package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.CompanyProfile;
import fr.ccibusiness.directory.DirectoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** company.xhtml?id=…: a company's public page, as the service lets this person see it. */
@Named
@RequestScoped
public class CompanyPageBacking {

    @Inject
    private DirectoryService directory;

    private Long id;
    private CompanyProfile company;

    public void load() {
        company = directory.company(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompanyProfile getCompany() {
        return company;
    }
}
