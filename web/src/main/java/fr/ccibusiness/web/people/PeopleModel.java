package fr.ccibusiness.web.people;

import fr.ccibusiness.people.PeopleConsoleService;
import fr.ccibusiness.people.PeopleFilter;
import fr.ccibusiness.people.PersonLine;
import fr.ccibusiness.web.support.AuditedLazyModel;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/**
 * The people table: counted, sorted and paged by the database. The filter is the page's (it changes by
 * a new page), so the rows are counted once per page shown, not again at each turn of a page.
 */
public class PeopleModel extends AuditedLazyModel<PersonLine> {

    private static final long serialVersionUID = 1L;

    private final PeopleConsoleService people;
    private final PeopleFilter filter;
    private Integer total;

    PeopleModel(PeopleConsoleService people, PeopleFilter filter) {
        super("name");
        this.people = people;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total == null) {
            total = (int) people.count(filter);
        }
        return total;
    }

    @Override
    protected List<PersonLine> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy) {
        return people.page(filter, first, size, sortBy, ascending, total == null ? 0 : total);
    }

    @Override
    protected List<PersonLine> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format) {
        return people.exportPart(filter, first, size, sortBy, ascending, format);
    }

    @Override
    public String getRowKey(PersonLine line) {
        return String.valueOf(line.accountId());
    }
}
