package fr.ccibusiness.web.event;

import fr.ccibusiness.event.AttendeeLine;
import fr.ccibusiness.event.EventDetail;
import fr.ccibusiness.event.EventForm;
import fr.ccibusiness.event.EventService;
import fr.ccibusiness.event.InvalidEventException;
import fr.ccibusiness.event.EventRegistrationService;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * organiser/event.xhtml?id=…: an event as its organisers run it (a new one without id): its form, the
 * registrants with their standing, the export and the check-in, a message to the registrants, and
 * cancellation. The service checks that the caller organises it, whatever the address says.
 */
@Named
@ViewScoped
public class OrganiseEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService service;

    @Inject
    private EventRegistrationService registrations;

    private Long id;
    private EventForm form = new EventForm();
    private EventDetail detail;
    private List<AttendeeLine> attendees = List.of();
    private Map<String, String> hosts = Map.of();
    private Map<Long, String> audiences = Map.of();
    private String cancelReason;
    private String subject;
    private String message;
    private boolean waitingToo;

    public void load() {
        hosts = service.hosts();
        audiences = service.audiences();
        if (id != null) {
            form = service.form(id);
            reload();
        } else if (hosts.size() == 1) {
            form.setHost(hosts.keySet().iterator().next());
        }
    }

    private void reload() {
        attendees = service.attendees(id);
        detail = registrations.event(id);
    }

    /** Saves the form: a new event (then the page moves to its address), or the changes of this one. */
    public String save() {
        try {
            if (id == null) {
                long created = service.create(form);
                Messages.flashInfo("event.created");
                return "/organiser/event?faces-redirect=true&id=" + created;
            }
            service.describe(id, form);
            Messages.pageInfo("event.saved");
            reload();
        } catch (InvalidEventException e) {
            if ("state".equals(e.field())) {
                Messages.pageError(e.messageKey());
            } else {
                Messages.fieldError("event:" + e.field(), e.messageKey());
            }
        }
        return null;
    }

    public void cancel() {
        try {
            service.cancel(id, cancelReason);
            Messages.pageInfo("event.cancelled");
            cancelReason = null;
        } catch (InvalidEventException e) {
            Messages.fieldError("cancel:reason", e.messageKey());
        }
        reload();
    }

    public void send() {
        try {
            int count = service.message(id, subject, message, waitingToo);
            Messages.pageInfo("event.message.sent", count);
            subject = null;
            message = null;
        } catch (InvalidEventException e) {
            Messages.fieldError("message:" + ("subject".equals(e.field()) ? "subject" : "text"), e.messageKey());
        }
    }

    public long getConfirmedCount() {
        return attendees.stream().filter(AttendeeLine::isConfirmed).count();
    }

    public long getCheckedInCount() {
        return attendees.stream().filter(AttendeeLine::isCheckedIn).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventForm getForm() {
        return form;
    }

    public EventDetail getDetail() {
        return detail;
    }

    public List<AttendeeLine> getAttendees() {
        return attendees;
    }

    public Map<String, String> getHosts() {
        return hosts;
    }

    public Map<Long, String> getAudiences() {
        return audiences;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isWaitingToo() {
        return waitingToo;
    }

    public void setWaitingToo(boolean waitingToo) {
        this.waitingToo = waitingToo;
    }
}
