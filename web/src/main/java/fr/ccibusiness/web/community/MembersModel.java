package fr.ccibusiness.web.community;

import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.MemberLine;
import fr.ccibusiness.web.support.AuditedLazyModel;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/**
 * A community's members: counted, filtered (a part of a name or address), sorted and paged by the
 * database, whatever the community's size.
 */
public class MembersModel extends AuditedLazyModel<MemberLine> {

    private static final long serialVersionUID = 1L;

    private final CommunityService communities;
    private final long communityId;

    MembersModel(CommunityService communities, long communityId) {
        super("name");
        this.communities = communities;
        this.communityId = communityId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) communities.memberCount(communityId, filter(filterBy));
    }

    @Override
    protected List<MemberLine> page(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy) {
        return communities.memberPage(communityId, filter(filterBy), first, size, sortBy, ascending);
    }

    @Override
    protected List<MemberLine> exportPart(int first, int size, String sortBy, boolean ascending, Map<String, FilterMeta> filterBy,
            String format) {
        return communities.memberExportPart(communityId, filter(filterBy), first, size, sortBy, ascending, format);
    }

    @Override
    public String getRowKey(MemberLine line) {
        return String.valueOf(line.accountId());
    }

    /** The table's one filter, on the person (their name or address). */
    private static String filter(Map<String, FilterMeta> filterBy) {
        FilterMeta person = filterBy == null ? null : filterBy.get("name");
        return person == null || person.getFilterValue() == null ? null : person.getFilterValue().toString();
    }
}
