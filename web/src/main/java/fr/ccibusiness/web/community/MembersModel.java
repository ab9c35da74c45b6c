package fr.ccibusiness.web.community;

import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.MemberLine;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A community's members for PrimeFaces' lazy table: counted, filtered (a part of a name or address),
 * sorted and paged by the database, whatever the community's size; each page shown is audited by the
 * service, and while the exporter reads it ({@link #exporting}), what it loads is audited as an export.
 */
public class MembersModel extends LazyDataModel<MemberLine> {

    private static final long serialVersionUID = 1L;

    private final CommunityService communities;
    private final long communityId;
    private String exportFormat;

    MembersModel(CommunityService communities, long communityId) {
        this.communities = communities;
        this.communityId = communityId;
    }

    /** The exporter is about to read the list in this format (CSV, Excel); {@code null} when it is done. */
    void exporting(String format) {
        exportFormat = format;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) communities.memberCount(communityId, filter(filterBy));
    }

    @Override
    public List<MemberLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return exportFormat == null ? communities.memberPage(communityId, filter(filterBy), first, pageSize, field, ascending)
                : communities.memberExportPart(communityId, filter(filterBy), first, pageSize, field, ascending, exportFormat);
    }

    @Override
    public String getRowKey(MemberLine line) {
        return String.valueOf(line.accountId());
    }

    @Override
    public MemberLine getRowData(String rowKey) {
        return null;
    }

    /** The table's one filter, on the person (their name or address). */
    private static String filter(Map<String, FilterMeta> filterBy) {
        FilterMeta person = filterBy == null ? null : filterBy.get("name");
        return person == null || person.getFilterValue() == null ? null : person.getFilterValue().toString();
    }
}
