package fr.ccibusiness.directory;

import java.io.Serializable;
import java.util.List;

/** A page of companies found, and the facets of all the companies found. */
public record CompanyResults(ResultPage<CompanyHit> page, List<Facet> facets) implements Serializable {

    public CompanyResults {
        facets = List.copyOf(facets);
    }

    public static CompanyResults none() {
        return new CompanyResults(ResultPage.none(), List.of());
    }
}
