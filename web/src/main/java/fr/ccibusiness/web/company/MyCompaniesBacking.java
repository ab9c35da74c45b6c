package fr.ccibusiness.web.company;

import fr.ccibusiness.company.CompanyLink;
import fr.ccibusiness.company.CompanyNotFoundException;
import fr.ccibusiness.company.CompanyService;
import fr.ccibusiness.company.Siret;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** account/companies.xhtml: my companies, asking to join one, and the requests I decide. */
@Named
@ViewScoped
public class MyCompaniesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyService companies;

    private List<CompanyLink> mine;
    private List<CompanyLink> requests;
    private String siret;

    @PostConstruct
    void load() {
        mine = companies.myCompanies();
        requests = companies.requestsToDecide();
    }

    public void requestToJoin() {
        if (!Siret.isValid(siret)) {
            Messages.fieldError("join:siret", "company.siret.invalid");
            return;
        }
        try {
            companies.requestToJoin(siret);
            Messages.pageInfo("companies.join.sent");
            siret = null;
            load();
        } catch (CompanyNotFoundException e) {
            Messages.fieldError("join:siret", "companies.join.unknown");
        }
    }

    public void approve(long linkId) {
        decide(linkId, true);
    }

    public void refuse(long linkId) {
        decide(linkId, false);
    }

    private void decide(long linkId, boolean approve) {
        companies.decideRequest(linkId, approve);
        Messages.pageInfo(approve ? "companies.request.approved" : "companies.request.refused");
        load();
    }

    public List<CompanyLink> getMine() {
        return mine;
    }

    public List<CompanyLink> getRequests() {
        return requests;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }
}
