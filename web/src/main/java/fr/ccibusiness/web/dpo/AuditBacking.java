package fr.ccibusiness.web.dpo;

import fr.ccibusiness.audit.AuditEntry;
import fr.ccibusiness.audit.AuditFilter;
import fr.ccibusiness.audit.AuditService;
import fr.ccibusiness.web.support.FixedOrderLazyModel;
import fr.ccibusiness.web.support.AuditedLazyModel;
import fr.ccibusiness.web.support.ExportedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** dpo/audit.xhtml: the DPO searches who read whose data, page by page, and exports what they found (audited). */
@Named
@ViewScoped
public class AuditBacking implements Serializable, ExportedTable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String actor;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private FixedOrderLazyModel<AuditEntry> model;

    public void search() {
        AuditFilter filter = new AuditFilter(actor, subject, from, to);
        AuditService trail = audit;
        model = new FixedOrderLazyModel<>(() -> trail.count(filter), (first, size) -> trail.page(filter, first, size),
                (first, size, format) -> trail.exportPart(filter, first, size, format), AuditEntry::getId);
    }

    public FixedOrderLazyModel<AuditEntry> getModel() {
        if (model == null) {
            search();
        }
        return model;
    }



    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Override
    public AuditedLazyModel<?> exportedList() {
        return getModel();
    }
}
