package fr.ccibusiness.web.directory;

import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.directory.CompanyHit;
import fr.ccibusiness.directory.DirectoryQuery;
import fr.ccibusiness.directory.DirectoryService;
import fr.ccibusiness.directory.PersonHit;
import fr.ccibusiness.directory.ResultPage;
import fr.ccibusiness.reference.ReferenceDataService;
import fr.ccibusiness.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * directory.xhtml: search companies (anyone) or people (signed in, within shared communities). A GET
 * form: every search is a bookmarkable address.
 */
@Named
@RequestScoped
public class DirectoryBacking {

    @Inject
    private DirectoryService directory;

    @Inject
    private CommunityService communities;

    @Inject
    private ReferenceDataService references;

    private final DirectoryQuery query = new DirectoryQuery();
    private String who = "companies";
    // Empty until the search runs: a parameter that fails conversion skips it, and the page still shows.
    private ResultPage<CompanyHit> companies = ResultPage.none();
    private ResultPage<PersonHit> people = ResultPage.none();
    private List<SelectItem> communityChoices;

    public void search() {
        if (isPeopleSearch()) {
            people = directory.searchPeople(query);
            query.setPage(people.getPage());
        } else {
            companies = directory.searchCompanies(query);
            query.setPage(companies.getPage());
        }
    }

    public boolean isPeopleSearch() {
        return "people".equals(who) && isSignedIn();
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** The communities of the platform, as options of the filter: "Filière — Aéronautique". */
    public List<SelectItem> getCommunityChoices() {
        if (communityChoices == null) {
            communityChoices = communities.catalogue().stream()
                    .map(c -> new SelectItem(c.getId(), Messages.text("CommunityKind." + c.getKind()) + " — " + c.getName()))
                    .toList();
        }
        return communityChoices;
    }

    /** The region's departments, as options of the filter: "14 — Calvados". */
    public List<SelectItem> getDepartmentChoices() {
        return references.departments().entrySet().stream()
                .map(d -> new SelectItem(d.getKey(), d.getKey() + " — " + d.getValue()))
                .toList();
    }

    public long getTotal() {
        return isPeopleSearch() ? people.getTotal() : companies.getTotal();
    }

    /** More results than are counted: the page asks to narrow the search. */
    public boolean isCapped() {
        return isPeopleSearch() ? people.isCapped() : companies.isCapped();
    }

    public boolean isHasPrevious() {
        return isPeopleSearch() ? people.isHasPrevious() : companies.isHasPrevious();
    }

    public boolean isHasNext() {
        return isPeopleSearch() ? people.isHasNext() : companies.isHasNext();
    }

    public int getPageCount() {
        return isPeopleSearch() ? people.getPageCount() : companies.getPageCount();
    }

    /** This search's address at another page. */
    public String pageLink(int page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("who", who);
        params.put("q", query.getText());
        params.put("community", query.getCommunityId());
        params.put("department", query.getDepartmentCode());
        params.put("naf", query.getNafCode());
        params.put("certification", query.getCertification());
        params.put("competence", query.getCompetence());
        params.put("sort", query.getSort());
        params.put("page", page);
        return "/directory.xhtml?" + params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
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

    public ResultPage<CompanyHit> getCompanies() {
        return companies;
    }

    public ResultPage<PersonHit> getPeople() {
        return people;
    }
}
