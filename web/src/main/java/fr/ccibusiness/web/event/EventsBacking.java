package fr.ccibusiness.web.event;

import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.event.EventService;
import fr.ccibusiness.event.EventSummary;
import fr.ccibusiness.event.EventRegistrationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * events.xhtml: the events open to the reader (visitors: the public ones), their own registrations, and,
 * for those who organise events, the events they organise and the way to create one.
 */
@Named
@ViewScoped
public class EventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventRegistrationService registrations;

    @Inject
    private EventService events;

    private List<EventSummary> upcoming;
    private List<EventSummary> mine = List.of();
    private List<EventSummary> organised = List.of();
    private boolean organiser;

    @PostConstruct
    void load() {
        upcoming = registrations.upcoming();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            mine = registrations.mine();
            organiser = List.of(Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN).stream().anyMatch(external::isUserInRole);
            if (organiser) {
                organised = events.organised();
                organiser = !organised.isEmpty() || !events.hosts().isEmpty();
            }
        }
    }

    public List<EventSummary> getUpcoming() {
        return upcoming;
    }

    public List<EventSummary> getMine() {
        return mine;
    }

    public List<EventSummary> getOrganised() {
        return organised;
    }

    public boolean isOrganiser() {
        return organiser;
    }
}
