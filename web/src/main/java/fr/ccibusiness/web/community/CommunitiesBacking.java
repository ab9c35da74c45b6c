package fr.ccibusiness.web.community;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** communities.xhtml: every filière and territoire, public. */
@Named
@RequestScoped
public class CommunitiesBacking {

    @Inject
    private CommunityService communities;

    private List<Community> catalogue;

    @PostConstruct
    void load() {
        catalogue = communities.catalogue();
    }

    public List<Community> getCatalogue() {
        return catalogue;
    }
}
