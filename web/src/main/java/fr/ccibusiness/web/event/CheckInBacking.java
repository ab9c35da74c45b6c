package fr.ccibusiness.web.event;

import fr.ccibusiness.event.AttendeeLine;
import fr.ccibusiness.event.EventDetail;
import fr.ccibusiness.event.EventService;
import fr.ccibusiness.event.EventRegistrationService;
import fr.ccibusiness.platform.Words;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * organiser/checkin.xhtml?id=…&amp;q=…: the door of the event on a phone. The confirmed registrants,
 * found by a few letters of their name or company, each with one large button: present, or undo.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService service;

    @Inject
    private EventRegistrationService registrations;

    private Long id;
    private String q;
    private EventDetail detail;
    private List<AttendeeLine> confirmed = List.of();

    public void load() {
        detail = registrations.event(id);
        confirmed = service.attendees(id).stream().filter(AttendeeLine::isConfirmed).toList();
    }

    public void checkIn(long registrationId, boolean present) {
        String name = confirmed.stream().filter(a -> a.registrationId() == registrationId).findFirst()
                .map(a -> a.firstName() + " " + a.lastName()).orElse("");
        if (Messages.outcome(() -> service.checkIn(registrationId, present), present ? "checkin.done" : "checkin.undone")) {
            Messages.pageInfo("checkin.who", name);
        }
        load();
    }

    /** The confirmed registrants whose name or company holds each word typed, accents and case aside. */
    public List<AttendeeLine> getShown() {
        return confirmed.stream().filter(a -> Words.holdsEach(a.lastName() + " " + a.firstName() + " "
                + (a.company() == null ? "" : a.company()), q)).toList();
    }

    public long getCheckedInCount() {
        return confirmed.stream().filter(AttendeeLine::isCheckedIn).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public EventDetail getDetail() {
        return detail;
    }

    public List<AttendeeLine> getConfirmed() {
        return confirmed;
    }
}
