package fr.ccibusiness.directory;

import java.io.Serializable;

/** One value of a facet: how many results have it, and whether the search is filtered on it. */
public record FacetCount(String value, String label, long count, boolean selected) implements Serializable {

    FacetCount labelled(String newLabel) {
        return new FacetCount(value, newLabel, count, selected);
    }
}
