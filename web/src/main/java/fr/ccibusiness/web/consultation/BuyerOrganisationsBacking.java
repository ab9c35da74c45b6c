package fr.ccibusiness.web.consultation;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.consultation.BuyerKind;
import fr.ccibusiness.consultation.BuyerOrganisationService;
import fr.ccibusiness.consultation.BuyerOrganisationView;
import fr.ccibusiness.consultation.InvalidConsultationException;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/buyers.xhtml: the buyer organisations, for administrators (all) and a CCI's staff (those of
 * their CCI): create one, attach or detach buyer accounts, and (administrators) the communities each
 * may publish to.
 */
@Named
@ViewScoped
public class BuyerOrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BuyerOrganisationService service;

    @Inject
    private CommunityService communities;

    private List<BuyerOrganisationView> organisations;
    private Map<Long, String> ccis;

    private String name;
    private String siret;
    private BuyerKind kind = BuyerKind.PRIVATE;
    private Long cciId;
    private Long buyerOrganisationId;
    private String buyerEmail;
    private Long grantOrganisationId;
    private Long grantCommunityId;

    @PostConstruct
    void load() {
        organisations = service.organisations();
        ccis = service.ccis();
    }

    public void create() {
        try {
            service.create(name, siret, kind, cciId);
            Messages.pageInfo("buyers.created");
            name = null;
            siret = null;
            load();
        } catch (InvalidConsultationException e) {
            Messages.fieldError("organisation:" + e.field(), e.messageKey());
        }
    }

    public void addBuyer() {
        try {
            service.addBuyer(buyerOrganisationId, buyerEmail);
            Messages.pageInfo("buyers.buyerAdded");
            buyerEmail = null;
            load();
        } catch (InvalidConsultationException e) {
            Messages.fieldError("buyer:email", e.messageKey());
        }
    }

    public void removeBuyer(long organisationId, long accountId) {
        service.removeBuyer(organisationId, accountId);
        Messages.pageInfo("buyers.buyerRemoved");
        load();
    }

    public void allow() {
        service.allow(grantOrganisationId, grantCommunityId);
        Messages.pageInfo("buyers.allowed");
        load();
    }

    public void disallow(long organisationId, long communityId) {
        service.disallow(organisationId, communityId);
        Messages.pageInfo("buyers.disallowed");
        load();
    }

    public List<Community> getAllCommunities() {
        return communities.catalogue();
    }

    public BuyerKind[] getKinds() {
        return BuyerKind.values();
    }

    public List<BuyerOrganisationView> getOrganisations() {
        return organisations;
    }

    public Map<Long, String> getCcis() {
        return ccis;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public BuyerKind getKind() {
        return kind;
    }

    public void setKind(BuyerKind kind) {
        this.kind = kind;
    }

    public Long getCciId() {
        return cciId;
    }

    public void setCciId(Long cciId) {
        this.cciId = cciId;
    }

    public Long getBuyerOrganisationId() {
        return buyerOrganisationId;
    }

    public void setBuyerOrganisationId(Long buyerOrganisationId) {
        this.buyerOrganisationId = buyerOrganisationId;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public void setBuyerEmail(String buyerEmail) {
        this.buyerEmail = buyerEmail;
    }

    public Long getGrantOrganisationId() {
        return grantOrganisationId;
    }

    public void setGrantOrganisationId(Long grantOrganisationId) {
        this.grantOrganisationId = grantOrganisationId;
    }

    public Long getGrantCommunityId() {
        return grantCommunityId;
    }

    public void setGrantCommunityId(Long grantCommunityId) {
        this.grantCommunityId = grantCommunityId;
    }
}
