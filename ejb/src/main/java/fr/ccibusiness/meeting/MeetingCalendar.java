package fr.ccibusiness.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A participant's agenda as an iCalendar object (RFC 5545): one entry per meeting, with the table and
 * the other company, each with its own UID so that importing an updated agenda updates its entries.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    static String agenda(MeetingSession session, Participant participant, List<Meeting> meetings, String domain, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//CCI Business//Rendez-vous//FR");
        calendar.setMethod(Method.publish());
        String place = session.getEvent().getWhere();
        TableZones zones = session.zones();
        for (Meeting meeting : meetings) {
            Participant other = meeting.other(participant);
            VEvent entry = new VEvent();
            entry.setUid("meeting-" + meeting.getId() + "@" + domain);
            entry.setSequence(0);
            entry.setDateTimeStamp(Date.from(now));
            entry.setDateStart(Date.from(session.slotStart(meeting.getSlot())), true);
            entry.setDateEnd(Date.from(session.slotEnd(meeting.getSlot())), true);
            entry.setSummary("Rendez-vous : " + MeetingSessionService.label(other));
            entry.setLocation("Table " + zones.label(meeting.getTableNo()) + " — " + place);
            entry.setDescription(session.getEvent().getTitle()
                    + (meeting.getRequest() == null ? "" : "\n\n" + meeting.getRequest().getReason()));
            entry.setStatus(Status.confirmed());
            calendar.addEvent(entry);
        }
        return Biweekly.write(calendar).go();
    }
}
