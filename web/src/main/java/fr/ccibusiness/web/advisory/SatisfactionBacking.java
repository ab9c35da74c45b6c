package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.SatisfactionReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** advisor/satisfaction.xhtml?cci=…: ratings and time to first answer per service and per advisor, for the CCIs the caller serves. */
@Named
@ViewScoped
public class SatisfactionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvisoryDeskService desk;

    private Long cci;
    private SatisfactionReport report;

    public void load() {
        report = desk.satisfaction(cci);
    }

    public Long getCci() {
        return cci;
    }

    public void setCci(Long cci) {
        this.cci = cci;
    }

    public SatisfactionReport getReport() {
        return report;
    }

    /** Before the exporter reads the advisors' table: the report read again as an export, which the service audits. */
    public void exportStarts(String format) {
        report = desk.exportSatisfaction(cci, format);
    }

    /** After the export is written (the exporter's post-processor). */
    public void exportEnds(Object document) {
        // the report read for the export is the one shown
    }
}
