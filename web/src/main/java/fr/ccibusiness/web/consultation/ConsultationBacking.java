package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ConsultationCatalogue;
import fr.ccibusiness.consultation.ConsultationDetail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** consultation.xhtml?id=…: a consultation as a candidate or visitor reads it, with its tender documents. */
@Named
@ViewScoped
public class ConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationCatalogue catalogue;

    private Long id;
    private ConsultationDetail detail;

    public void load() {
        detail = catalogue.consultation(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationDetail getDetail() {
        return detail;
    }
}
