package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.OfferCategory;
import fr.ccibusiness.advisory.OfferSummary;
import fr.ccibusiness.advisory.SupportCatalogueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * services.xhtml?q=…&amp;category=…&amp;cci=…: the CCIs' catalogue, searched and filtered by GET so
 * that a search can be bookmarked. What the reader sees is the service's decision.
 */
@Named
@RequestScoped
public class SupportCatalogueBacking {

    @Inject
    private SupportCatalogueService catalogue;

    private String q;
    private OfferCategory category;
    private Long cci;
    private List<OfferSummary> offers;
    private Map<Long, String> ccis;

    public void load() {
        offers = catalogue.search(category, cci, q);
        ccis = catalogue.ccis();
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public void setCategory(OfferCategory category) {
        this.category = category;
    }

    public Long getCci() {
        return cci;
    }

    public void setCci(Long cci) {
        this.cci = cci;
    }

    public List<OfferSummary> getOffers() {
        return offers;
    }

    public Map<Long, String> getCcis() {
        return ccis;
    }
}
