package fr.ccibusiness.web.dpo;

import fr.ccibusiness.audit.AuditFilter;
import fr.ccibusiness.audit.AuditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** dpo/audit.xhtml: the DPO searches who read whose data, page by page, and exports what they found (audited). */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String actor;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private AuditModel model;

    public void search() {
        model = new AuditModel(audit, new AuditFilter(actor, subject, from, to));
    }

    public AuditModel getModel() {
        if (model == null) {
            search();
        }
        return model;
    }

    /** Before the exporter reads the table: what it loads is audited as an export. */
    public void exportStarts(String format) {
        getModel().exporting(format);
    }

    /** After the export is written (the exporter's post-processor): the table's pages are views again. */
    public void exportEnds(Object document) {
        getModel().exporting(null);
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
}
