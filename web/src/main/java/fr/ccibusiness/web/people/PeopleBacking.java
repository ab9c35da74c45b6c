package fr.ccibusiness.web.people;

import fr.ccibusiness.account.Role;
import fr.ccibusiness.people.PeopleConsoleService;
import fr.ccibusiness.people.PeopleFilter;
import fr.ccibusiness.people.PersonCard.Ref;
import fr.ccibusiness.people.PersonLine;
import fr.ccibusiness.people.PersonStatus;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.AuditedLazyModel;
import fr.ccibusiness.web.support.ExportedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * admin/people.xhtml?name=…&amp;email=…&amp;company=…&amp;community=…&amp;role=…&amp;status=…&amp;from=…&amp;to=…:
 * every account the caller may see, filtered by the address (bookmarkable), paged and sorted by the
 * database, exported to CSV or Excel as filtered. The service keeps a CCI's staff to their CCI's people.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable, ExportedTable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleConsoleService people;

    private PeopleFilter filter;
    private PeopleModel model;
    private List<Ref> communities;

    private String name;
    private String email;
    private String company;
    private Long communityId;
    private Role role;
    private PersonStatus status;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = PeopleParameters.read(parameters::get);
        model = new PeopleModel(people, filter);
        communities = people.appointments().communities();
        name = filter.name();
        email = filter.email();
        company = filter.company();
        communityId = filter.communityId();
        role = filter.role();
        status = filter.status();
        from = filter.createdFrom();
        to = filter.createdTo();
    }

    /** The filter typed becomes the page's address: bookmarkable, and what the exports take. */
    public String apply() {
        String query = PeopleParameters.write(new PeopleFilter(name, email, company, communityId, role, status, from, to));
        return "/admin/people.xhtml" + (query.isEmpty() ? "?" : query + "&") + "faces-redirect=true";
    }



    /** The roles of a row as words, for the table and its exports. */
    public String roles(PersonLine line) {
        return line.roles().stream().map(r -> Messages.text("role." + r.name())).collect(Collectors.joining(", "));
    }

    public PeopleModel getModel() {
        return model;
    }

    public List<Ref> getCommunities() {
        return communities;
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public PersonStatus[] getStatusChoices() {
        return PersonStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public void setStatus(PersonStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Override
    public AuditedLazyModel<?> exportedList() {
        return model;
    }
}
