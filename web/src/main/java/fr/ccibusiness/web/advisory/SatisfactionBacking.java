package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.SatisfactionReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** advisor/satisfaction.xhtml?cci=…: ratings and time to first answer per service and per advisor, for the CCIs the caller serves. */
@Named
@RequestScoped
public class SatisfactionBacking {

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
}
