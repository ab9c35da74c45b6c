package fr.ccibusiness.web.community;

import fr.ccibusiness.advisory.OfferSummary;
import fr.ccibusiness.advisory.SupportCatalogueService;
import fr.ccibusiness.community.AdmissionRequirement;
import fr.ccibusiness.community.AlreadyMemberException;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.Membership;
import fr.ccibusiness.community.MembershipStatus;
import fr.ccibusiness.community.MissingRequirementsException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** community.xhtml?id=…: a community, its admission requirements, joining and leaving. */
@Named
@ViewScoped
public class CommunityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommunityService communities;

    @Inject
    private SupportCatalogueService supportCatalogue;

    private Long id;
    private Community community;
    private MembershipStatus status;
    private List<AdmissionRequirement> missing = List.of();
    private List<OfferSummary> services = List.of();

    public void load() {
        community = communities.community(id);
        services = supportCatalogue.ofCommunity(id);
        if (isSignedIn()) {
            status = communities.myMembership(id).map(Membership::getStatus).orElse(null);
        }
    }

    public void join() {
        try {
            status = communities.joinCommunity(id);
            missing = List.of();
            Messages.pageInfo(status == MembershipStatus.ACTIVE ? "community.joined" : "community.requested");
        } catch (MissingRequirementsException e) {
            missing = e.missing();
            Messages.pageError(e.messageKey());
        } catch (AlreadyMemberException e) {
            Messages.pageError(e.messageKey());
        }
    }

    public void leave() {
        communities.leaveCommunity(id);
        status = MembershipStatus.LEFT;
        Messages.pageInfo("community.left");
    }

    /** The CCI's support services shown in this community. */
    public List<OfferSummary> getServices() {
        return services;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public boolean isMayJoin() {
        return status == null || status == MembershipStatus.LEFT || status == MembershipStatus.REFUSED;
    }

    public boolean isMayLeave() {
        return status == MembershipStatus.ACTIVE || status == MembershipStatus.REQUESTED;
    }

    /** Requirements in a stable order, for display. */
    public List<AdmissionRequirement> getRequirements() {
        return Arrays.stream(AdmissionRequirement.values()).filter(community.getRequirements()::contains).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public List<AdmissionRequirement> getMissing() {
        return missing;
    }
}
