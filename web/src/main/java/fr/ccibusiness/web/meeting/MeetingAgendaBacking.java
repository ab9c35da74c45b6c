package fr.ccibusiness.web.meeting;

import fr.ccibusiness.meeting.MeetingService;
import fr.ccibusiness.meeting.MeetingStatus;
import fr.ccibusiness.meeting.MeetingViews;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * meetings/agenda.xhtml?event=…: a participant's published agenda: each meeting's time, table and
 * the person met with their contact details; on the day, held or missed; the PDF and the calendar.
 */
@Named
@ViewScoped
public class MeetingAgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService service;

    private Long event;
    private MeetingViews.Mine mine;
    private List<MeetingViews.AgendaLine> agenda = List.of();

    public void load() {
        mine = service.mine(event);
        agenda = service.agenda(event);
    }

    public void held(long meetingId) {
        Messages.outcome(() -> service.mark(meetingId, MeetingStatus.HELD), "agenda.markedHeld");
        load();
    }

    public void missed(long meetingId) {
        Messages.outcome(() -> service.mark(meetingId, MeetingStatus.NO_SHOW), "agenda.markedMissed");
        load();
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public MeetingViews.Mine getMine() {
        return mine;
    }

    public List<MeetingViews.AgendaLine> getAgenda() {
        return agenda;
    }
}
