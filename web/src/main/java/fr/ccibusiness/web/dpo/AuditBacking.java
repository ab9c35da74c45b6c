package fr.ccibusiness.web.dpo;

import fr.ccibusiness.audit.AuditEntry;
import fr.ccibusiness.audit.AuditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** dpo/audit.xhtml: the DPO searches who read whose data. */
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
    private List<AuditEntry> entries;

    public void search() {
        entries = audit.search(actor, subject, from, to);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            search();
        }
        return entries;
    }

    public int getMaxResults() {
        return AuditService.MAX_RESULTS;
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
