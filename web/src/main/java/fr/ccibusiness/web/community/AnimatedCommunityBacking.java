package fr.ccibusiness.web.community;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.Membership;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.AuditedLazyModel;
import fr.ccibusiness.web.support.ExportedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * animation/community.xhtml?id=…: the pending requests and members of one community I animate, the
 * members as a lazy table (a territory has tens of thousands). The service refuses any other
 * community (answered as not found), whatever id is typed here.
 */
@Named
@ViewScoped
public class AnimatedCommunityBacking implements Serializable, ExportedTable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommunityService communities;

    private Long id;
    private Community community;
    private List<Membership> requests;
    private MembersModel members;
    private final Map<Long, String> messages = new HashMap<>();

    public void load() {
        requests = communities.pendingRequests(id);
        if (members == null) {
            members = new MembersModel(communities, id);
        }
        community = communities.community(id);
    }



    public void approve(long membershipId) {
        decide(membershipId, true);
    }

    public void refuse(long membershipId) {
        decide(membershipId, false);
    }

    private void decide(long membershipId, boolean approve) {
        communities.decideMembership(membershipId, approve, messages.remove(membershipId));
        Messages.pageInfo(approve ? "animation.approved" : "animation.refused");
        load();
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

    public List<Membership> getRequests() {
        return requests;
    }

    public MembersModel getMembers() {
        return members;
    }

    /** The message typed for each request, by membership id. */
    public Map<Long, String> getMessages() {
        return messages;
    }

    @Override
    public AuditedLazyModel<?> exportedList() {
        return members;
    }
}
