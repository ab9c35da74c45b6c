package fr.ccibusiness.meeting;

import java.time.Instant;
import java.util.List;

/** What the meeting pages show, as plain values. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** A time slot of the session. */
    public record Slot(int index, int day, Instant start, Instant end) {
    }

    /** Another participant as a participant browses them: no contact details (those come with a meeting). */
    public record Card(long id, ParticipantKind kind, String name, String company, String naf, String competences,
                       String certifications, String offer, String seek, RequestStatus withMe, boolean requestable) {
    }

    /** A request as one of its two sides sees it. */
    public record RequestLine(long id, boolean sent, String otherName, String otherCompany, String reason, boolean mustMeet,
                              RequestStatus status, MeetingSchedule.Unplaced unplaced) {

        public boolean isPending() {
            return status == RequestStatus.PENDING;
        }

        public boolean isPrepared() {
            return status == RequestStatus.PREPARED;
        }
    }

    /** One meeting of a participant's agenda, with the other side's contact details. */
    public record AgendaLine(long meetingId, int slot, Instant start, Instant end, String table, String otherName,
                             String otherCompany, String otherEmail, String otherPhone, MeetingStatus status, boolean markable) {
    }

    /** A participant's view of the session: its frame, themselves, and what they may do. */
    public record Mine(long eventId, String eventTitle, List<Slot> slots, Instant requestsCloseAt, boolean requestsOpen,
                       boolean published, boolean mayJoin, ParticipantKind kind, Long participantId, String offer, String seek,
                       Long companyId, List<Integer> unavailable, int maxMeetings, int tables) {

        public boolean isJoined() {
            return participantId != null;
        }
    }

    /** A request the last run could not place, and why. */
    public record Unplaced(long requestId, String first, String second, boolean mustMeet, MeetingSchedule.Unplaced reason) {
    }

    /** What the last run of the scheduler did: placed against the bound, gaps, and each request left out. */
    public record Report(int accepted, int placed, long bound, int locked, double averageGaps, int worstGaps, long millis,
                         List<Unplaced> unplaced, int belowMinimum) {

        public double getRatio() {
            return bound == 0 ? 1.0 : (double) placed / bound;
        }
    }

    /** A line of the organiser's table plan. */
    public record PlanLine(int slot, Instant start, String table, String first, String second, boolean locked, MeetingStatus status) {
    }

    /** The organiser's view of the session. */
    public record Overview(long eventId, String eventTitle, boolean exists, long buyers, long suppliers, long pending, long accepted,
                           long meetings, long locked, Instant scheduledAt, Instant publishedAt, List<Slot> slots,
                           List<PlanLine> plan) {
    }
}
