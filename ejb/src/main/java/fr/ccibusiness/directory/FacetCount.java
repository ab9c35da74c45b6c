package fr.ccibusiness.directory;

import java.io.Serializable;

/**
 * One value of a facet: how many results have it, and whether the search is filtered on it. A class
 * with getters, not a record: pages read it through EL's bean resolver, which caches what it finds.
 */
public final class FacetCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String label;
    private final long count;
    private final boolean selected;

    public FacetCount(String value, String label, long count, boolean selected) {
        this.value = value;
        this.label = label;
        this.count = count;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public boolean isSelected() {
        return selected;
    }

    FacetCount labelled(String newLabel) {
        return new FacetCount(value, newLabel, count, selected);
    }
}
