package fr.ccibusiness.web.dpo;

import fr.ccibusiness.audit.AuditEntry;
import fr.ccibusiness.audit.AuditFilter;
import fr.ccibusiness.audit.AuditService;
import fr.ccibusiness.web.support.AuditedLazyModel;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/** The audit trail's table, newest first, counted once per search and read a page at a time. */
public class AuditModel extends AuditedLazyModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditService audit;
    private final AuditFilter filter;
    private Integer total;

    AuditModel(AuditService audit, AuditFilter filter) {
        super("occurredAt");
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total == null) {
            total = (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
        }
        return total;
    }

    @Override
    protected List<AuditEntry> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy) {
        return audit.page(filter, first, size);
    }

    @Override
    protected List<AuditEntry> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format) {
        return audit.exportPart(filter, first, size, format);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
    }
}
