package fr.ccibusiness.event;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;

/**
 * An event as one calendar entry (RFC 5545, with the iTIP methods of RFC 5546): the invitation a
 * registrant receives, each later update with the same UID and a higher sequence, and the
 * cancellation, so that a calendar updates or removes its entry rather than add a second one. Times
 * are written in UTC, which every calendar shows in its own zone.
 */
public final class EventCalendar {

    private static final String PRODUCT = "-//CCI Business//Evenements//FR";

    private EventCalendar() {
    }

    /** The entry for one registrant: an invitation (or its update) they accepted, or its cancellation. */
    public static String forAttendee(Event event, String eventPage, String organiserAddress, String attendeeName,
                                     String attendeeAddress, boolean cancelled, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());
        VEvent entry = new VEvent();
        entry.setUid(event.getCalendarUid());
        entry.setSequence(event.getCalendarSequence());
        entry.setDateTimeStamp(Date.from(now));
        entry.setDateStart(Date.from(event.getStartsAt()), true);
        entry.setDateEnd(Date.from(event.getEndsAt()), true);
        entry.setSummary(event.getTitle());
        entry.setDescription(event.getDescription() + "\n\n" + eventPage);
        entry.setLocation(event.getWhere());
        entry.setUrl(eventPage);
        entry.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        entry.setOrganizer(new Organizer(event.getHostName(), organiserAddress));
        Attendee attendee = new Attendee(attendeeName, attendeeAddress);
        attendee.setRole(Role.ATTENDEE);
        attendee.setParticipationStatus(cancelled ? ParticipationStatus.DECLINED : ParticipationStatus.ACCEPTED);
        entry.addAttendee(attendee);
        calendar.addEvent(entry);
        return Biweekly.write(calendar).go();
    }
}
