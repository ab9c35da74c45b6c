package fr.ccibusiness.web.meeting;

import fr.ccibusiness.meeting.BuyerRequests;
import fr.ccibusiness.meeting.InvalidMeetingException;
import fr.ccibusiness.meeting.MeetingSessionService;
import fr.ccibusiness.meeting.MeetingViews;
import fr.ccibusiness.meeting.SessionForm;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * organiser/meetings.xhtml?event=…: the meeting session of an event as its organisers run it: its
 * set-up, where requests stand, the scheduler's run and report, publication, and the table plan.
 */
@Named
@ViewScoped
public class OrganiseMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingSessionService service;

    private Long event;
    private SessionForm form;
    private MeetingViews.Overview overview;
    private MeetingViews.Report report;
    private Map<Long, String> consultations = Map.of();
    private Long consultation;

    public void load() {
        form = service.form(event);
        overview = service.overview(event);
        consultations = service.consultations(event);
    }

    public void invite() {
        try {
            int invited = service.inviteCandidates(event, consultation == null ? -1 : consultation);
            Messages.pageInfo("organiser.meetings.invited", invited);
        } catch (InvalidMeetingException e) {
            Messages.fieldError("invite:consultation", e.messageKey());
        }
        overview = service.overview(event);
    }

    public Map<Long, String> getConsultations() {
        return consultations;
    }

    public Long getConsultation() {
        return consultation;
    }

    public void setConsultation(Long consultation) {
        this.consultation = consultation;
    }

    public void save() {
        try {
            service.configure(event, form);
            Messages.pageInfo("organiser.meetings.saved");
            overview = service.overview(event);
        } catch (InvalidMeetingException e) {
            if ("state".equals(e.field())) {
                Messages.pageError(e.messageKey());
            } else {
                Messages.fieldError("session:" + e.field(), e.messageKey());
            }
        }
    }

    public void schedule() {
        try {
            report = service.schedule(event);
            Messages.pageInfo("organiser.meetings.scheduled", report.placed(), report.bound());
        } catch (InvalidMeetingException e) {
            Messages.pageError(e.messageKey());
        }
        overview = service.overview(event);
    }

    public void publish() {
        try {
            int sent = service.publish(event);
            Messages.pageInfo("organiser.meetings.published", sent);
        } catch (InvalidMeetingException e) {
            Messages.pageError(e.messageKey());
        }
        overview = service.overview(event);
    }

    public BuyerRequests[] getBuyerRequestsChoices() {
        return BuyerRequests.values();
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public SessionForm getForm() {
        return form;
    }

    public MeetingViews.Overview getOverview() {
        return overview;
    }

    public MeetingViews.Report getReport() {
        return report;
    }
}
