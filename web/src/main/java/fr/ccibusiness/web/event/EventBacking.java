package fr.ccibusiness.web.event;

import fr.ccibusiness.event.EventDetail;
import fr.ccibusiness.event.EventRegistrationService;
import fr.ccibusiness.event.RegistrationStatus;
import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * event.xhtml?id=…: an event as a visitor or a member reads it (how many places are left, never who
 * took them), and the reader's registration: register, take a place offered, withdraw, add it to a
 * calendar. The service decides who may read and register, whatever the address says.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventRegistrationService registrations;

    private Long id;
    private EventDetail detail;

    public void load() {
        detail = registrations.event(id);
    }

    public void register() {
        try {
            RegistrationStatus status = registrations.register(id);
            Messages.pageInfo(status == RegistrationStatus.CONFIRMED ? "event.registered" : "event.waitingListed");
        } catch (BusinessException e) {
            Messages.pageError(e.messageKey());
        }
        load();
    }

    public void takePlace() {
        Messages.outcome(() -> registrations.takeOfferedPlace(id), "event.registered");
        load();
    }

    public void withdraw() {
        Messages.outcome(() -> registrations.withdraw(id), "event.withdrawn");
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventDetail getDetail() {
        return detail;
    }
}
