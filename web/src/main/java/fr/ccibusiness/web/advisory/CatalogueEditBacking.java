package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.InvalidSupportException;
import fr.ccibusiness.advisory.OfferCategory;
import fr.ccibusiness.advisory.OfferForm;
import fr.ccibusiness.advisory.OfferSummary;
import fr.ccibusiness.advisory.SupportCatalogueService;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * advisor/catalogue.xhtml?id=…: the catalogue of the CCIs the caller serves, and the form of one of
 * its services (a new one without id): family, description, audience, price, duration, service-level
 * target, advisors. The service keeps each CCI's staff to their own CCI's catalogue.
 */
@Named
@ViewScoped
public class CatalogueEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportCatalogueService catalogue;

    private Long id;
    private OfferForm form = new OfferForm();
    private List<OfferSummary> kept = List.of();
    private Map<Long, String> ccis = Map.of();
    private Map<Long, String> advisors = Map.of();
    private Map<Long, String> communities = Map.of();
    private String price;

    public void load() {
        kept = catalogue.kept();
        ccis = catalogue.keptCcis();
        if (id != null) {
            form = catalogue.form(id);
        } else if (form.getCciId() == null && ccis.size() == 1) {
            form.setCciId(ccis.keySet().iterator().next());
        }
        price = form.getPriceEuros() == null ? null : form.getPriceEuros().stripTrailingZeros().toPlainString().replace('.', ',');
        cciChosen();
    }

    /** The advisors and communities offered follow the CCI chosen. */
    public void cciChosen() {
        boolean known = form.getCciId() != null && ccis.containsKey(form.getCciId());
        advisors = known ? catalogue.advisorsOf(form.getCciId()) : Map.of();
        communities = known ? catalogue.communitiesOf(form.getCciId()) : Map.of();
    }

    public String save() {
        try {
            form.setPriceEuros(Prices.parse(price));
        } catch (NumberFormatException e) {
            Messages.fieldError("offer:price", "support.price.invalid");
            return null;
        }
        try {
            long saved = catalogue.save(id, form);
            Messages.flashInfo("support.offer.saved");
            return "/advisor/catalogue?faces-redirect=true&id=" + saved;
        } catch (InvalidSupportException e) {
            Messages.fieldError("offer:" + e.field(), e.messageKey());
            return null;
        }
    }

    public String setActive(boolean active) {
        catalogue.setActive(id, active);
        Messages.flashInfo(active ? "support.offer.restored" : "support.offer.withdrawn");
        return "/advisor/catalogue?faces-redirect=true&id=" + id;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OfferForm getForm() {
        return form;
    }

    public List<OfferSummary> getKept() {
        return kept;
    }

    public Map<Long, String> getCcis() {
        return ccis;
    }

    public Map<Long, String> getAdvisors() {
        return advisors;
    }

    public Map<Long, String> getCommunities() {
        return communities;
    }

    /** Whether the service shown is in the catalogue (not withdrawn). */
    public boolean isActive() {
        return id == null || kept.stream().anyMatch(o -> o.id() == id && o.active());
    }
}
