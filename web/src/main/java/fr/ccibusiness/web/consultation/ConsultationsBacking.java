package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ConsultationCatalogue;
import fr.ccibusiness.consultation.ConsultationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** consultations.xhtml: the consultations the visitor or member may read (public ones, and their communities'). */
@Named
@ViewScoped
public class ConsultationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationCatalogue catalogue;

    private List<ConsultationSummary> consultations;

    @PostConstruct
    void load() {
        consultations = catalogue.visible();
    }

    public List<ConsultationSummary> getConsultations() {
        return consultations;
    }
}
