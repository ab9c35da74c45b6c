package fr.ccibusiness.web.consultation;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.consultation.BuyerConsultationService;
import fr.ccibusiness.consultation.ConsultationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** buyer/consultations.xhtml: the consultations of the buyer's organisation, and the way to a new one. */
@Named
@ViewScoped
public class BuyerConsultationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BuyerConsultationService service;

    private String organisation;
    private List<ConsultationSummary> consultations = List.of();

    @PostConstruct
    void load() {
        // Administrators may open the buyers' pages (to read a consultation and its journal) but act for no
        // organisation: they have no list here, and reach consultations from admin/buyers.xhtml.
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Names.BUYER)) {
            return;
        }
        organisation = service.organisationName().orElse(null);
        if (organisation != null) {
            consultations = service.consultations();
        }
    }

    public String getOrganisation() {
        return organisation;
    }

    public List<ConsultationSummary> getConsultations() {
        return consultations;
    }
}
