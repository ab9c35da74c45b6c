package fr.ccibusiness.web.space;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.space.DownloadLine;
import fr.ccibusiness.space.DownloadLogService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** dpo/downloads.xhtml: the download log in full, by community and person, for the DPO. */
@Named
@ViewScoped
public class DownloadLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DownloadLogService log;

    @Inject
    private CommunityService communities;

    private Long community;
    private String person;
    private List<DownloadLine> lines;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        lines = log.search(community, person);
    }

    public List<Community> getCommunities() {
        return communities.catalogue();
    }

    public int getLimit() {
        return DownloadLogService.PAGE;
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public List<DownloadLine> getLines() {
        return lines;
    }
}
