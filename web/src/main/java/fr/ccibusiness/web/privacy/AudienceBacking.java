package fr.ccibusiness.web.privacy;

import fr.ccibusiness.audience.AudienceService;
import fr.ccibusiness.audience.PageViews;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** admin/audience.xhtml: the page views counted with consent, over the last 30 days. */
@Named
@RequestScoped
public class AudienceBacking {

    private static final int DAYS = 30;

    @Inject
    private AudienceService audience;

    private List<PageViews> views;

    @PostConstruct
    void load() {
        views = audience.lastDays(DAYS);
    }

    public List<PageViews> getViews() {
        return views;
    }
}
