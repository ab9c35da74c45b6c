package fr.ccibusiness.web.support;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A console's list naming people, for PrimeFaces' lazy table, read a page at a time from a service that
 * audits what it shows (the audit trail's own pages excepted: the DPO reading it is not a read of
 * anyone's data, but its export is). While PrimeFaces' exporter reads it (between {@link #exporting} with a format
 * and {@code exporting(null)}, from the page's export button and the exporter's post-processor), its
 * reads are asked as an export's parts, which the service audits as an export.
 */
public abstract class AuditedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final String defaultSort;
    private String exportFormat;

    protected AuditedLazyModel(String defaultSort) {
        this.defaultSort = defaultSort;
    }

    /** The exporter is about to read the list in this format (CSV, Excel); {@code null} when it is done. */
    public void exporting(String format) {
        exportFormat = format;
    }

    /** A page shown, audited as such by the service where it shows someone's data. */
    protected abstract List<T> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy);

    /** A part of an export, audited as an export by the service. */
    protected abstract List<T> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format);

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? defaultSort : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return exportFormat == null ? page(first, pageSize, field, ascending, filterBy)
                : exportPart(first, pageSize, field, ascending, filterBy, exportFormat);
    }

    /** Rows are not selected in these lists: nothing to find by key. */
    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
