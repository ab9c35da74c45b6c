package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.consultation.Consultation;
import fr.ccibusiness.event.Event;
import fr.ccibusiness.event.EventAccess;
import fr.ccibusiness.platform.Csv;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The meeting session of an event as its organisers run it: set it up, run the scheduler on the
 * accepted requests (locked meetings keep their slot and table), read what it did and why a request
 * was left out, publish (every meeting locked, everyone sent their agenda), and the table plan. Only
 * the event's organisers ({@link EventAccess}) reach any of it, whatever id is tried.
 */
@Stateless
@RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
public class MeetingSessionService {

    /** How long the scheduler may spend lowering idle gaps once it has placed the most meetings. */
    private static final long GAP_MILLIS = 1500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private EventAccess access;

    @Inject
    private MeetingMail mail;

    @Inject
    private Candidates candidates;

    @Inject
    private Clock clock;

    /** The session's form: as saved, or sensible defaults for the event's first day. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public SessionForm form(long eventId) {
        Event event = access.organised(eventId, caller());
        return sessionOf(event).map(MeetingSession::toForm).orElseGet(() -> {
            SessionForm form = new SessionForm();
            LocalDate first = LocalDate.ofInstant(event.getStartsAt(), MeetingSession.PARIS);
            form.setFirstDay(first);
            form.setRequestsCloseAt(LocalDateTime.of(first.minusDays(2), java.time.LocalTime.NOON));
            return form;
        });
    }

    /** Creates or changes the session of the event. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public void configure(long eventId, SessionForm form) {
        Event event = access.organised(eventId, caller());
        Optional<MeetingSession> existing = sessionOf(event);
        if (existing.isPresent()) {
            MeetingSession session = existing.get();
            session.configure(form, meetingCount(session) > 0, clock.instant());
        } else {
            em.persist(new MeetingSession(event, form, false, clock.instant()));
        }
        em.flush();
    }

    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public MeetingViews.Overview overview(long eventId) {
        Event event = access.organised(eventId, caller());
        Optional<MeetingSession> found = sessionOf(event);
        if (found.isEmpty()) {
            return new MeetingViews.Overview(eventId, event.getTitle(), false, 0, 0, 0, 0, 0, 0, null, null, List.of(), List.of());
        }
        MeetingSession session = found.get();
        Map<Object, Long> participants = counts("SELECT p.kind, count(p) FROM Participant p WHERE p.session = :session GROUP BY p.kind",
                session);
        Map<Object, Long> requests = counts("SELECT r.status, count(r) FROM MeetingRequest r WHERE r.session = :session"
                + " GROUP BY r.status", session);
        List<Meeting> meetings = meetings(session);
        return new MeetingViews.Overview(eventId, event.getTitle(), true, participants.getOrDefault(ParticipantKind.BUYER, 0L),
                participants.getOrDefault(ParticipantKind.SUPPLIER, 0L), requests.getOrDefault(RequestStatus.PENDING, 0L),
                requests.getOrDefault(RequestStatus.ACCEPTED, 0L),
                meetings.size(), meetings.stream().filter(Meeting::isLocked).count(), session.getScheduledAt(),
                session.getPublishedAt(), MeetingMail.slots(session), plan(session, meetings));
    }

    /**
     * Places the accepted requests: the meetings not locked are placed anew, the locked ones stay where
     * they are. Each accepted request left out says why; the report gives the placed count against the
     * upper bound of what any schedule could place.
     */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public MeetingViews.Report schedule(long eventId) {
        Event event = access.organised(eventId, caller());
        MeetingSession session = sessionOf(event).orElseThrow(() -> new InvalidMeetingException("meeting.state.noSession"));
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        List<Participant> participants = participants(session);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            index.put(participants.get(i).getId(), i);
        }
        List<MeetingRequest> accepted = em.createNamedQuery("MeetingRequest.accepted", MeetingRequest.class)
                .setParameter("session", session).getResultList();
        Map<Long, Integer> requestIndex = new HashMap<>();
        List<MeetingProblem.Request> requests = new ArrayList<>();
        for (MeetingRequest request : accepted) {
            requestIndex.put(request.getId(), requests.size());
            requests.add(new MeetingProblem.Request(index.get(request.getFrom().getId()), index.get(request.getTo().getId()),
                    request.isMustMeet()));
        }
        List<Meeting> existing = meetings(session);
        List<MeetingProblem.Locked> locked = new ArrayList<>();
        boolean[] keeps = new boolean[requests.size()];
        for (Meeting meeting : existing) {
            if (meeting.isLocked() && meeting.getRequest() != null && requestIndex.containsKey(meeting.getRequest().getId())) {
                int r = requestIndex.get(meeting.getRequest().getId());
                locked.add(new MeetingProblem.Locked(r, meeting.getSlot(), meeting.getTableNo() - 1));
                keeps[r] = true;
            }
        }
        MeetingProblem problem = problem(session, participants, requests, locked);
        long started = System.nanoTime();
        MeetingSchedule schedule = MeetingScheduler.schedule(problem, GAP_MILLIS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long bound = MeetingScheduler.upperBound(problem);

        // The meetings not locked go, and are placed anew; the locked ones stay as they are.
        existing.stream().filter(m -> !m.isLocked()).forEach(em::remove);
        em.flush();
        List<MeetingViews.Unplaced> unplaced = new ArrayList<>();
        for (MeetingRequest request : accepted) {
            int r = requestIndex.get(request.getId());
            if (schedule.placed(r)) {
                request.scheduled(null);
                if (!keeps[r]) {
                    em.persist(new Meeting(request, schedule.slot()[r], schedule.table()[r] + 1));
                }
            } else {
                request.scheduled(schedule.reason()[r]);
                unplaced.add(new MeetingViews.Unplaced(request.getId(), label(request.getFrom()), label(request.getTo()),
                        request.isMustMeet(), schedule.reason()[r]));
            }
        }
        session.scheduled(clock.instant());
        em.flush();
        int[] gaps = schedule.idleGaps(problem);
        int[] meetingsOf = new int[participants.size()];
        for (int r = 0; r < requests.size(); r++) {
            if (schedule.placed(r)) {
                meetingsOf[requests.get(r).a()]++;
                meetingsOf[requests.get(r).b()]++;
            }
        }
        int below = (int) IntStream.range(0, participants.size())
                .filter(p -> meetingsOf[p] < session.minMeetings(participants.get(p).getKind())).count();
        int[] busy = IntStream.range(0, participants.size()).filter(p -> meetingsOf[p] > 0).map(p -> gaps[p]).toArray();
        return new MeetingViews.Report(requests.size(), schedule.meetings(), bound, locked.size(),
                busy.length == 0 ? 0 : Arrays.stream(busy).average().orElse(0), Arrays.stream(busy).max().orElse(0), millis,
                unplaced, below);
    }

    /** The consultations of the organisation hosting the event (none for a community's event), to invite their candidates. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public Map<Long, String> consultations(long eventId) {
        Event event = access.organised(eventId, caller());
        Map<Long, String> consultations = new LinkedHashMap<>();
        if (event.getOrganisation() != null) {
            em.createNamedQuery("Consultation.ofOrganisation", Consultation.class).setParameter("organisation", event.getOrganisation())
                    .getResultStream().filter(c -> c.getPublishedAt() != null)
                    .forEach(c -> consultations.put(c.getId(), c.getReference() + " — " + c.getTitle()));
        }
        return consultations;
    }

    /**
     * Opens the session to a consultation of the hosting organisation: its candidates are invited (they
     * may register whatever the event's audience) and told by e-mail; the caller takes part as a buyer;
     * a request from the caller to each candidate who takes part is prepared, for the caller to send.
     * Returns how many were invited now.
     */
    @RolesAllowed({Names.BUYER, Names.ADMIN})
    public int inviteCandidates(long eventId, long consultationId) {
        Account me = caller();
        Event event = access.organised(eventId, me);
        MeetingSession session = sessionOf(event).orElseThrow(() -> new InvalidMeetingException("meeting.state.noSession"));
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null || event.getOrganisation() == null || consultation.getPublishedAt() == null
                || !consultation.getOrganisation().getId().equals(event.getOrganisation().getId())) {
            throw new InvalidMeetingException("meeting.consultation.notYours");
        }
        session.openedFrom(consultation);
        if (em.createNamedQuery("Participant.of", Participant.class).setParameter("session", session).setParameter("account", me)
                .getResultList().isEmpty()) {
            Participant host = new Participant(session, me, ParticipantKind.BUYER, clock.instant());
            host.describe(null, consultation.getReference() + " — " + consultation.getTitle(), "");
            em.persist(host);
        }
        List<Long> invited = access.invite(event, candidates.of(consultation), clock.instant());
        mail.invitation(event, consultation, invited);
        em.flush();
        candidates.prepare(session);
        return invited.size();
    }

    /** Locks every meeting, marks the session published, and sends each participant their agenda. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public int publish(long eventId) {
        Event event = access.organised(eventId, caller());
        MeetingSession session = sessionOf(event).orElseThrow(() -> new InvalidMeetingException("meeting.state.noSession"));
        List<Meeting> meetings = meetings(session);
        if (meetings.isEmpty()) {
            throw new InvalidMeetingException("meeting.state.nothingToPublish");
        }
        meetings.forEach(Meeting::lock);
        session.published(clock.instant());
        Map<Participant, List<Meeting>> agendas = new LinkedHashMap<>();
        for (Meeting meeting : meetings) {
            for (Participant side : new Participant[] {meeting.getFirst(), meeting.getSecond()}) {
                if (side != null) {
                    agendas.computeIfAbsent(side, p -> new ArrayList<>()).add(meeting);
                }
            }
        }
        agendas.forEach((participant, mine) -> mail.agenda(session, participant, mine));
        return agendas.size();
    }

    /** The table plan as CSV (slot start, table, the two sides), for the organisers; {@code header} names its columns. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public byte[] tablePlanCsv(long eventId, List<String> header) {
        Event event = access.organised(eventId, caller());
        MeetingSession session = sessionOf(event).orElseThrow(() -> new InvalidMeetingException("meeting.state.noSession"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MeetingViews.PlanLine line : plan(session, meetings(session))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(header.get(0), MeetingMail.TIME.format(line.start().atZone(MeetingSession.PARIS)));
            row.put(header.get(1), line.table());
            row.put(header.get(2), line.first());
            row.put(header.get(3), line.second());
            rows.add(row);
        }
        return Csv.of(header, rows);
    }

    /** The table plan as a PDF, one section per slot, for the organisers. */
    @RolesAllowed({Names.ANIMATOR, Names.CCI_STAFF, Names.BUYER, Names.ADMIN})
    public byte[] tablePlanPdf(long eventId, Locale locale) {
        Event event = access.organised(eventId, caller());
        MeetingSession session = sessionOf(event).orElseThrow(() -> new InvalidMeetingException("meeting.state.noSession"));
        return MeetingPdf.tablePlan(event.getTitle(), plan(session, meetings(session)), locale);
    }

    private List<MeetingViews.PlanLine> plan(MeetingSession session, List<Meeting> meetings) {
        TableZones zones = session.zones();
        return meetings.stream().map(m -> new MeetingViews.PlanLine(m.getSlot(), session.slotStart(m.getSlot()), zones.label(m.getTableNo()),
                label(m.getFirst()), label(m.getSecond()), m.isLocked(), m.getStatus())).toList();
    }

    static MeetingProblem problem(MeetingSession session, List<Participant> participants, List<MeetingProblem.Request> requests,
                                  List<MeetingProblem.Locked> locked) {
        int n = participants.size();
        boolean[] buyer = new boolean[n];
        boolean[][] available = new boolean[n][session.slots()];
        int[] max = new int[n];
        int[] perDay = new int[n];
        for (int p = 0; p < n; p++) {
            Participant participant = participants.get(p);
            buyer[p] = participant.getKind() == ParticipantKind.BUYER;
            Arrays.fill(available[p], true);
            for (int slot : participant.getUnavailable()) {
                available[p][slot] = false;
            }
            max[p] = session.maxMeetings(participant.getKind());
            perDay[p] = session.getSlotsPerDay();
        }
        return new MeetingProblem(session.slots(), session.getSlotsPerDay(), session.getTables(), buyer, available, max, perDay,
                requests, locked);
    }

    /** A participant as the organiser's lists name them: the person and their company. */
    static String label(Participant participant) {
        if (participant == null) {
            return "—";
        }
        return participant.getName() + (participant.getCompany() == null ? "" : " (" + participant.getCompany().getLegalName() + ")");
    }

    /** How many rows of the session each value of the grouped column has. */
    private Map<Object, Long> counts(String jpql, MeetingSession session) {
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("session", session).getResultList()) {
            counts.put(row[0], (Long) row[1]);
        }
        return counts;
    }

    private Optional<MeetingSession> sessionOf(Event event) {
        return em.createNamedQuery("MeetingSession.ofEvent", MeetingSession.class).setParameter("event", event).getResultStream()
                .findFirst();
    }

    private List<Participant> participants(MeetingSession session) {
        return em.createNamedQuery("Participant.all", Participant.class).setParameter("session", session).getResultList();
    }

    private List<Meeting> meetings(MeetingSession session) {
        return em.createNamedQuery("Meeting.ofSession", Meeting.class).setParameter("session", session).getResultList();
    }

    private long meetingCount(MeetingSession session) {
        return em.createQuery("SELECT count(m) FROM Meeting m WHERE m.session = :session", Long.class)
                .setParameter("session", session).getSingleResult();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
