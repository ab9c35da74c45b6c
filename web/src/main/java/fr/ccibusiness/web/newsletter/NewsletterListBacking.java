package fr.ccibusiness.web.newsletter;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.newsletter.NewsletterReport;
import fr.ccibusiness.newsletter.NewsletterService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** animation/newsletters.xhtml?community=…: a community's newsletters with their figures. */
@Named
@ViewScoped
public class NewsletterListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsletterService newsletters;

    private Long communityId;
    private Community community;
    private List<NewsletterReport> reports;

    /** f:viewAction, and the poll of the progress bars. */
    public void load() {
        community = newsletters.animatedCommunity(communityId);
        reports = newsletters.newslettersOf(communityId);
    }

    public boolean isAnySending() {
        return reports.stream().anyMatch(r -> r.newsletter().isSending());
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Community getCommunity() {
        return community;
    }

    public List<NewsletterReport> getReports() {
        return reports;
    }
}
