package fr.ccibusiness.web.outbox;

import fr.ccibusiness.outbox.OutboxConsoleService;
import fr.ccibusiness.outbox.OutboxMail;
import fr.ccibusiness.outbox.OutboxStatus;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** admin/outbox.xhtml: the mail waiting to leave, and what failed every attempt, to retry. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxConsoleService outbox;

    private Map<OutboxStatus, Long> counts;
    private List<OutboxMail> failed;

    @PostConstruct
    void load() {
        counts = outbox.counts();
        failed = outbox.failed();
    }

    public void retryFailed() {
        Messages.pageInfo("outbox.retried", outbox.retryFailed());
        load();
    }

    public void refresh() {
        load();
    }

    /** Before the exporter reads the table: the list is read again as an export, which the service audits. */
    public void exportStarts(String format) {
        failed = outbox.exportFailed(format);
    }

    /** After the export is written (the exporter's post-processor). */
    public void exportEnds(Object document) {
        // the list read for the export is the one shown
    }

    public long count(String status) {
        return counts.get(OutboxStatus.valueOf(status));
    }

    public Date date(java.time.Instant instant) {
        return Date.from(instant);
    }

    public List<OutboxMail> getFailed() {
        return failed;
    }
}
