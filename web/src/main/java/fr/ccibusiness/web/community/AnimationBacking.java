package fr.ccibusiness.web.community;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** animation/index.xhtml: the communities I animate. */
@Named
@RequestScoped
public class AnimationBacking {

    @Inject
    private CommunityService communities;

    private List<Community> animated;

    @PostConstruct
    void load() {
        animated = communities.animatedCommunities();
    }

    public List<Community> getAnimated() {
        return animated;
    }
}
