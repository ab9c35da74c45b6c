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
public record Facet(String name, List<FacetCount> values) implements Serializable {

    public Facet {
        values = List.copyOf(values);
    }

    public boolean isFiltered() {
        return values.stream().anyMatch(FacetCount::selected);
    }

    Facet labelled(Function<String, String> label) {
        return new Facet(name, values.stream().map(v -> v.labelled(label.apply(v.value()))).toList());
    }
}
