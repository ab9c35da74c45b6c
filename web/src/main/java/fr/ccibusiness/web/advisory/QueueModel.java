package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.QueueFilter;
import fr.ccibusiness.advisory.QueueLine;
import fr.ccibusiness.web.support.AuditedLazyModel;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/**
 * The work queue for PrimeFaces' lazy table: one page at a time, counted and sorted by the database;
 * read by the exporter, its parts are an export the service audits (it names the requesters).
 */
public class QueueModel extends AuditedLazyModel<QueueLine> {

    private static final long serialVersionUID = 1L;

    private final AdvisoryDeskService desk;
    private final QueueFilter filter;

    QueueModel(AdvisoryDeskService desk, QueueFilter filter) {
        super("dueAt");
        this.desk = desk;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.count(filter);
    }

    @Override
    protected List<QueueLine> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy) {
        return desk.queue(filter, first, size, sortBy, ascending);
    }

    @Override
    protected List<QueueLine> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format) {
        return desk.exportPart(filter, first, size, sortBy, ascending, format);
    }

    @Override
    public String getRowKey(QueueLine line) {
        return String.valueOf(line.id());
    }
}
