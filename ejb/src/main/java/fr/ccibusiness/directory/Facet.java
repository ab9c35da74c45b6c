package fr.ccibusiness.directory;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * A facet beside the results: a field of the companies (department, community, NAF section and
 * division, certification, workforce band) with its values among the results and their counts. A
 * filtered facet counts as if it were not filtered (drill sideways), so the other values stay in
 * reach; the others count the results shown.
 */
public final class Facet implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<FacetCount> values;

    public Facet(String name, List<FacetCount> values) {
        this.name = name;
        this.values = List.copyOf(values);
    }

    public String getName() {
        return name;
    }

    public List<FacetCount> getValues() {
        return values;
    }

    public boolean isFiltered() {
        return values.stream().anyMatch(FacetCount::isSelected);
    }

    Facet labelled(Function<String, String> label) {
        return new Facet(name, values.stream().map(v -> v.labelled(label.apply(v.getValue()))).toList());
    }
}
