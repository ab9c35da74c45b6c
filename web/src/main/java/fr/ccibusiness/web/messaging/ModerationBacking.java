package fr.ccibusiness.web.messaging;

import fr.ccibusiness.messaging.ModerationService;
import fr.ccibusiness.messaging.ReportLine;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** animation/moderation.xhtml: the open reports of the communities I animate (all of them for an administrator). */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModerationService moderation;

    private List<ReportLine> reports;

    @PostConstruct
    void load() {
        reports = moderation.queue();
    }

    public void dismiss(long reportId) {
        decide(reportId, false);
    }

    public void removeMessage(long reportId) {
        decide(reportId, true);
    }

    private void decide(long reportId, boolean remove) {
        Messages.outcome(() -> moderation.decide(reportId, remove), remove ? "moderation.removed" : "moderation.dismissed");
        load();
    }

    public List<ReportLine> getReports() {
        return reports;
    }
}
