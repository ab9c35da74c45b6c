package fr.ccibusiness.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/**
 * A console's list in the order its service gives (a trail, newest first), for PrimeFaces' lazy table:
 * counted once per search, read a page at a time, and read as an export's parts while the exporter
 * reads it (the service audits those as an export). The search is the page's: a new search is a new model.
 */
public final class FixedOrderLazyModel<T> extends AuditedLazyModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the search finds. */
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, {@code size} of them. */
    public interface Rows<T> extends Serializable {
        List<T> read(int first, int size);
    }

    /** The rows from {@code first} as a part of an export in {@code format} (CSV, Excel). */
    public interface ExportRows<T> extends Serializable {
        List<T> read(int first, int size, String format);
    }

    /** A row's key for the table. */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final ExportRows<T> exportRows;
    private final Key<T> key;
    private Integer total;

    public FixedOrderLazyModel(Count count, Rows<T> rows, ExportRows<T> exportRows, Key<T> key) {
        super(null);
        this.count = count;
        this.rows = rows;
        this.exportRows = exportRows;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total == null) {
            total = (int) Math.min(Integer.MAX_VALUE, count.count());
        }
        return total;
    }

    @Override
    protected List<T> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy) {
        return rows.read(first, size);
    }

    @Override
    protected List<T> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format) {
        return exportRows.read(first, size, format);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
