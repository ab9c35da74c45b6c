package fr.ccibusiness.web.people;

import fr.ccibusiness.people.PeopleConsoleService;
import fr.ccibusiness.people.PeopleFilter;
import fr.ccibusiness.people.PersonLine;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The people table for PrimeFaces' lazy data table: counted, sorted and paged by the database. The
 * filter is the page's (it changes by a new page), so the rows are counted once per page shown, not
 * again at each turn of a page. While the exporter reads it ({@link #exporting}), what it loads is
 * audited by the service as an export.
 */
public class PeopleModel extends LazyDataModel<PersonLine> {

    private static final long serialVersionUID = 1L;

    private final PeopleConsoleService people;
    private final PeopleFilter filter;
    private String exportFormat;
    private Integer total;

    PeopleModel(PeopleConsoleService people, PeopleFilter filter) {
        this.people = people;
        this.filter = filter;
    }

    /** The exporter is about to read the table in this format (CSV, Excel); {@code null} when it is done. */
    void exporting(String format) {
        exportFormat = format;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total == null) {
            total = (int) people.count(filter);
        }
        return total;
    }

    @Override
    public List<PersonLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return exportFormat == null ? people.page(filter, first, pageSize, field, ascending, total == null ? 0 : total)
                : people.exportPart(filter, first, pageSize, field, ascending, exportFormat);
    }

    @Override
    public String getRowKey(PersonLine line) {
        return String.valueOf(line.accountId());
    }

    @Override
    public PersonLine getRowData(String rowKey) {
        return null;
    }
}
