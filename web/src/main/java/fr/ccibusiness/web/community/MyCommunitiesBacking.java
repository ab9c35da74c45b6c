package fr.ccibusiness.web.community;

import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.Membership;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** account/communities.xhtml: the communities I belong to or asked to join. */
@Named
@RequestScoped
public class MyCommunitiesBacking {

    @Inject
    private CommunityService communities;

    private List<Membership> memberships;

    @PostConstruct
    void load() {
        memberships = communities.myMemberships();
    }

    public List<Membership> getMemberships() {
        return memberships;
    }
}
