package fr.ccibusiness.web.advisory;

import fr.ccibusiness.advisory.AdvisoryDeskService;
import fr.ccibusiness.advisory.QueueFilter;
import fr.ccibusiness.advisory.QueueLine;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The work queue for PrimeFaces' lazy table: one page at a time, counted and sorted by the database. */
public class QueueModel extends LazyDataModel<QueueLine> {

    private static final long serialVersionUID = 1L;

    private final AdvisoryDeskService desk;
    private final QueueFilter filter;

    QueueModel(AdvisoryDeskService desk, QueueFilter filter) {
        this.desk = desk;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.count(filter);
    }

    @Override
    public List<QueueLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? "dueAt" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return desk.queue(filter, first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(QueueLine line) {
        return String.valueOf(line.id());
    }

    @Override
    public QueueLine getRowData(String rowKey) {
        return null;
    }
}
