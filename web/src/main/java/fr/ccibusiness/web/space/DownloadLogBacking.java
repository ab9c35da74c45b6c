package fr.ccibusiness.web.space;

import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.space.DownloadLine;
import fr.ccibusiness.space.DownloadLogService;
import fr.ccibusiness.web.support.FixedOrderLazyModel;
import fr.ccibusiness.web.support.AuditedLazyModel;
import fr.ccibusiness.web.support.ExportedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** dpo/downloads.xhtml: the download log in full, by community and person, page by page, and its exports (audited), for the DPO. */
@Named
@ViewScoped
public class DownloadLogBacking implements Serializable, ExportedTable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DownloadLogService log;

    @Inject
    private CommunityService communities;

    private Long community;
    private String person;
    private FixedOrderLazyModel<DownloadLine> lines;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        DownloadLogService.Filter filter = new DownloadLogService.Filter(community, person);
        DownloadLogService service = log;
        lines = new FixedOrderLazyModel<>(() -> service.count(filter), (first, size) -> service.page(filter, first, size),
                (first, size, format) -> service.exportPart(filter, first, size, format), DownloadLine::id);
    }



    public List<Community> getCommunities() {
        return communities.catalogue();
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

    public FixedOrderLazyModel<DownloadLine> getLines() {
        return lines;
    }

    @Override
    public AuditedLazyModel<?> exportedList() {
        return lines;
    }
}
