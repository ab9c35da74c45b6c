package fr.ccibusiness.web.directory;

import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.directory.CompanyHit;
import fr.ccibusiness.directory.CompanyResults;
import fr.ccibusiness.directory.Facet;
import fr.ccibusiness.directory.FacetCount;
import fr.ccibusiness.directory.DirectoryQuery;
import fr.ccibusiness.directory.DirectoryService;
import fr.ccibusiness.directory.PersonHit;
import fr.ccibusiness.directory.ResultPage;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * directory.xhtml: search companies (anyone) or people (signed in, within shared communities). A GET
 * form: every search, facet and page is a bookmarkable address. The keyword box is PrimeFaces'
 * autocomplete, which names its field {@value #TYPED}: a search sent with it is redirected to the
 * same search under {@code q}, so the address stays the one links and facets use.
 */
@Named
@RequestScoped
public class DirectoryBacking {

    /** The parameter the autocomplete's field is sent as. */
    private static final String TYPED = "q_input";

    @Inject
    private DirectoryService directory;

    @Inject
    private CommunityService communities;

    private final DirectoryQuery query = new DirectoryQuery();
    private String who = "companies";
    // Empty until the search runs: a parameter that fails conversion skips it, and the page still shows.
    private CompanyResults companies = CompanyResults.none();
    private ResultPage<PersonHit> people = ResultPage.none();
    private List<SelectItem> communityChoices;

    public void search() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String typed = external.getRequestParameterMap().get(TYPED);
        if (typed != null) {
            query.setText(typed);
            query.setPage(0);
            external.redirect(external.getRequestContextPath() + link(Map.of()));
            return;
        }
        if (isPeopleSearch()) {
            people = directory.searchPeople(query);
            query.setPage(people.getPage());
        } else {
            companies = directory.searchCompanies(query);
            query.setPage(companies.page().getPage());
        }
    }

    public boolean isPeopleSearch() {
        return "people".equals(who) && isSignedIn();
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** The communities of the platform, as options of the people search's filter: "Filière — Aéronautique". */
    public List<SelectItem> getCommunityChoices() {
        if (communityChoices == null) {
            communityChoices = communities.catalogue().stream()
                    .map(c -> new SelectItem(c.getId(), Messages.text("CommunityKind." + c.getKind()) + " — " + c.getName()))
                    .toList();
        }
        return communityChoices;
    }

    public long getTotal() {
        return isPeopleSearch() ? people.getTotal() : companies.page().getTotal();
    }

    /** More results than are counted: the page asks to narrow the search. */
    public boolean isCapped() {
        return isPeopleSearch() ? people.isCapped() : companies.page().isCapped();
    }

    public boolean isHasPrevious() {
        return isPeopleSearch() ? people.isHasPrevious() : companies.page().isHasPrevious();
    }

    public boolean isHasNext() {
        return isPeopleSearch() ? people.isHasNext() : companies.page().isHasNext();
    }

    public int getPageCount() {
        return isPeopleSearch() ? people.getPageCount() : companies.page().getPageCount();
    }

    /** This search's address at another page. */
    public String pageLink(int page) {
        return link(Map.of("page", page));
    }

    /**
     * The facets of the results as links: each value filters this search on it, from its first page, or
     * no longer filters it when it is the one applied.
     */
    public List<FacetLinks.Group> getFacetGroups() {
        if (isPeopleSearch()) {
            return List.of();
        }
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return companies.facets().stream().map(facet -> new FacetLinks.Group(facet.getName(), facet.getValues().stream()
                .map(value -> new FacetLinks.Link(facetLabel(facet, value), value.getCount(), value.isSelected(),
                        contextPath + link(Map.of(facet.getName(), value.isSelected() ? "" : value.getValue(), "page", 0))))
                .toList())).toList();
    }

    /** What a facet's value is called: a label from the service, or the platform's words for codes. */
    private static String facetLabel(Facet facet, FacetCount value) {
        return switch (facet.getName()) {
            case "section" -> Messages.text("naf.section." + value.getValue());
            case "workforce" -> Messages.text("WorkforceBand." + value.getValue());
            case "division" -> value.getValue() + " — " + value.getLabel();
            default -> value.getLabel();
        };
    }

    /** The facets' filters now applied, to send again with new words. */
    public Map<String, String> getFacetFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        if (!isPeopleSearch()) {
            companies.facets().forEach(facet -> facet.getValues().stream().filter(FacetCount::isSelected).findFirst()
                    .ifPresent(value -> filters.put(facet.getName(), value.getValue())));
        }
        return filters;
    }

    private String link(Map<String, Object> changes) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("who", who);
        params.put("q", query.getText());
        params.put("community", query.getCommunityId());
        params.put("department", query.getDepartmentCode());
        params.put("section", query.getNafSection());
        params.put("division", query.getNafDivision());
        params.put("certification", query.getCertification());
        params.put("workforce", query.getWorkforceBand());
        params.put("naf", query.getNafCode());
        params.put("competence", query.getCompetence());
        params.put("sort", query.getSort());
        params.put("page", query.getPage());
        params.putAll(changes);
        return "/directory.xhtml?" + params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank() && !"0".equals(e.getValue().toString()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public DirectoryQuery getQuery() {
        return query;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = "people".equals(who) ? "people" : "companies";
    }

    public List<CompanyHit> getCompanies() {
        return companies.page().getItems();
    }

    public ResultPage<PersonHit> getPeople() {
        return people;
    }
}
