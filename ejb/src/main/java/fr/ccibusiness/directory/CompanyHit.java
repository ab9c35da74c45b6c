package fr.ccibusiness.directory;

import java.io.Serializable;
import java.util.List;

/**
 * A company in the directory's results: nothing personal. Its name and excerpt come as HTML in which
 * everything but the {@code <mark>} of the matched words is escaped (Lucene's passage formatter).
 */
public class CompanyHit implements Serializable {

    private static final long serialVersionUID = 2L;

    private final long id;
    private final String legalName;
    private final String nameHtml;
    private final String excerptHtml;
    private final String nafCode;
    private final String nafLabel;
    private final String commune;
    private final String postalCode;
    private final List<Long> communityIds;
    private List<String> communities = List.of();

    CompanyHit(long id, String legalName, String nameHtml, String excerptHtml, String nafCode, String nafLabel,
               String commune, String postalCode, List<Long> communityIds) {
        this.id = id;
        this.legalName = legalName;
        this.nameHtml = nameHtml;
        this.excerptHtml = excerptHtml;
        this.nafCode = nafCode;
        this.nafLabel = nafLabel;
        this.commune = commune;
        this.postalCode = postalCode;
        this.communityIds = List.copyOf(communityIds);
    }

    public long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    /** The name, matched words in {@code <mark>}, the rest escaped. */
    public String getNameHtml() {
        return nameHtml;
    }

    /** A passage of the activity, matched words in {@code <mark>}, the rest escaped; null without activity. */
    public String getExcerptHtml() {
        return excerptHtml;
    }

    public String getNafCode() {
        return nafCode;
    }

    public String getNafLabel() {
        return nafLabel;
    }

    public String getCommune() {
        return commune;
    }

    public String getPostalCode() {
        return postalCode;
    }

    List<Long> communityIds() {
        return communityIds;
    }

    /** The names of the communities the company belongs to, in alphabetical order. */
    public List<String> getCommunities() {
        return communities;
    }

    void named(List<String> communityNames) {
        this.communities = List.copyOf(communityNames);
    }
}
