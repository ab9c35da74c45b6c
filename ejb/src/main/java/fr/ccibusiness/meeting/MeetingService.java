package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.company.Company;
import fr.ccibusiness.event.Event;
import fr.ccibusiness.event.EventAccess;
import fr.ccibusiness.event.EventNotFoundException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.platform.Words;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting session as its participants use it. Whoever holds a confirmed place at the event (or
 * organises it) may join, as a buyer (an account with the buyer role) or a supplier, publish what they
 * offer and seek, and say which slots they cannot attend; browse the others (never their contact
 * details); send requests while the request period runs (as the session lets their kind), answer the
 * ones they receive; once the schedule is published, read their agenda, with the contact details of
 * the people they meet, and mark each meeting held or missed on the day.
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class MeetingService {

    private static final int LIST_MAX = 300;

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
    private Settings settings;

    @Inject
    private Clock clock;

    /** The session as the caller sees it: its slots and period, and their own participation if any. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public MeetingViews.Mine mine(long eventId) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Optional<Participant> participant = participantOf(session, me);
        Instant now = clock.instant();
        ParticipantKind kind = participant.map(Participant::getKind).orElse(kindOf(me));
        return new MeetingViews.Mine(eventId, session.getEvent().getTitle(), MeetingMail.slots(session), session.getRequestsCloseAt(),
                session.requestsOpen(now), session.getPublishedAt() != null, mayJoin(session, me), kind,
                participant.map(Participant::getId).orElse(null), participant.map(Participant::getOffer).orElse(""),
                participant.map(Participant::getSeek).orElse(""),
                participant.map(Participant::getCompany).map(Company::getId).orElse(null),
                participant.map(p -> List.copyOf(p.getUnavailable())).orElse(List.of()), session.maxMeetings(kind), session.getTables());
    }

    /** The companies the caller is an approved member of, to say which one they meet for. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public Map<Long, String> myCompanies() {
        Map<Long, String> companies = new LinkedHashMap<>();
        for (Company company : companiesOf(caller())) {
            companies.put(company.getId(), company.getLegalName());
        }
        return companies;
    }

    /**
     * Joins the session, or changes what the caller published. A slot they now say they cannot attend
     * while a locked meeting of theirs sits in it is refused: the organiser must move that meeting first.
     */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void join(long eventId, Long companyId, String offer, String seek, Collection<Integer> unavailable) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Participant participant = participantOf(session, me).orElse(null);
        if (participant == null) {
            if (!mayJoin(session, me)) {
                throw new InvalidMeetingException("meeting.state.registerFirst");
            }
            participant = new Participant(session, me, kindOf(me), clock.instant());
        }
        Company company = companyId == null ? null : companiesOf(me).stream().filter(c -> c.getId().equals(companyId)).findFirst()
                .orElseThrow(() -> new InvalidMeetingException("meeting.company.notYours"));
        participant.describe(company, offer, seek);
        if (participant.getId() != null) {
            for (Meeting meeting : meetingsOf(participant)) {
                if (meeting.isLocked() && unavailable.contains(meeting.getSlot())) {
                    throw new InvalidMeetingException("meeting.unavailable.lockedMeeting");
                }
            }
        }
        participant.unavailable(unavailable);
        boolean joining = participant.getId() == null;
        if (joining) {
            em.persist(participant);
        }
        em.flush();
        if (joining) {
            candidates.prepare(session);
        }
    }

    /** The other participants, filtered by kind, NAF code (its start), competence and words; never their contact details. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<MeetingViews.Card> participants(long eventId, ParticipantKind kind, String naf, String competence, String text) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Optional<Participant> self = participantOf(session, me);
        Map<Long, RequestStatus> withMe = new LinkedHashMap<>();
        self.ifPresent(p -> em.createNamedQuery("MeetingRequest.involving", MeetingRequest.class).setParameter("participant", p)
                .getResultStream().filter(r -> active(r.getStatus()))
                .forEach(r -> withMe.put(r.getFrom().getId().equals(p.getId()) ? r.getTo().getId() : r.getFrom().getId(), r.getStatus())));
        String nafStart = naf == null ? "" : naf.strip().toUpperCase(Locale.ROOT);
        String wantedCompetence = Words.fold(competence);
        boolean open = session.requestsOpen(clock.instant());
        List<MeetingViews.Card> cards = new ArrayList<>();
        for (Participant other : em.createNamedQuery("Participant.all", Participant.class).setParameter("session", session)
                .getResultList()) {
            if (self.isPresent() && other.getId().equals(self.get().getId()) || kind != null && other.getKind() != kind) {
                continue;
            }
            String code = other.getCompany() == null || other.getCompany().getNaf() == null ? "" : other.getCompany().getNaf().getCode();
            if (!nafStart.isEmpty() && !code.toUpperCase(Locale.ROOT).startsWith(nafStart)) {
                continue;
            }
            if (!wantedCompetence.isBlank() && other.getCompetences().stream().noneMatch(c -> Words.fold(c).contains(wantedCompetence))) {
                continue;
            }
            String competences = String.join(", ", other.getCompetences());
            String certifications = other.getCompany() == null ? "" : String.join(", ", other.getCompany().getCertifications());
            if (!Words.holdsEach(String.join(" ", other.getName(), other.getCompany() == null ? "" : other.getCompany().getLegalName(),
                    other.getOffer(), other.getSeek(), competences, certifications), text)) {
                continue;
            }
            boolean requestable = self.isPresent() && open && !withMe.containsKey(other.getId())
                    && session.maySend(self.get().getKind(), other.getKind());
            cards.add(new MeetingViews.Card(other.getId(), other.getKind(), other.getName(),
                    other.getCompany() == null ? null : other.getCompany().getLegalName(), code, competences, certifications,
                    other.getOffer(), other.getSeek(), withMe.get(other.getId()), requestable));
            if (cards.size() == LIST_MAX) {
                break;
            }
        }
        return cards;
    }

    /** Asks another participant for a meeting, with a reason and a priority, while the request period runs. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void request(long eventId, long toParticipantId, String reason, boolean mustMeet) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Participant from = participantOf(session, me).orElseThrow(() -> new InvalidMeetingException("meeting.state.joinFirst"));
        Participant to = em.find(Participant.class, toParticipantId);
        if (to == null || !to.getSession().getId().equals(session.getId())) {
            throw new EventNotFoundException();
        }
        requireOpen(session);
        if (!session.maySend(from.getKind(), to.getKind())) {
            throw new InvalidMeetingException("meeting.state.kindMayNotSend");
        }
        boolean asked = em.createNamedQuery("MeetingRequest.involving", MeetingRequest.class).setParameter("participant", from)
                .getResultStream().anyMatch(r -> active(r.getStatus()) && (r.getFrom().getId().equals(to.getId())
                        || r.getTo().getId().equals(to.getId())));
        if (asked) {
            throw new InvalidMeetingException("meeting.state.alreadyAsked");
        }
        MeetingRequest request = new MeetingRequest(from, to, reason, mustMeet, false, clock.instant());
        em.persist(request);
        em.flush();
        mail.requestReceived(request);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void accept(long requestId) {
        MeetingRequest request = received(requestId);
        request.accept(clock.instant());
        mail.requestAnswered(request);
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void decline(long requestId) {
        MeetingRequest request = received(requestId);
        request.decline(clock.instant());
        mail.requestAnswered(request);
    }

    /** Takes back a request not answered yet, or drops a prepared one. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void withdraw(long requestId) {
        sent(requestId).withdraw(clock.instant());
    }

    /** Sends a request prepared for a buyer from their consultation's candidates. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void sendPrepared(long requestId) {
        MeetingRequest request = sent(requestId);
        requireOpen(request.getSession());
        request.send(clock.instant());
        mail.requestReceived(request);
    }

    /** The requests the caller sent and received, the latest first. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<MeetingViews.RequestLine> requests(long eventId) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Optional<Participant> self = participantOf(session, me);
        if (self.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("MeetingRequest.involving", MeetingRequest.class).setParameter("participant", self.get())
                .getResultStream().map(r -> {
                    boolean sent = r.getFrom().getId().equals(self.get().getId());
                    Participant other = sent ? r.getTo() : r.getFrom();
                    return new MeetingViews.RequestLine(r.getId(), sent, other.getName(),
                            other.getCompany() == null ? null : other.getCompany().getLegalName(), r.getReason(), r.isMustMeet(),
                            r.getStatus(), r.getUnplaced());
                }).filter(line -> line.sent() || line.status() != RequestStatus.PREPARED).toList();
    }

    /** The caller's published agenda, with the contact details of each person they meet (and only theirs). */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public List<MeetingViews.AgendaLine> agenda(long eventId) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Optional<Participant> self = participantOf(session, me);
        if (self.isEmpty() || session.getPublishedAt() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        TableZones zones = session.zones();
        return meetingsOf(self.get()).stream().map(m -> {
            Participant other = m.other(self.get());
            return new MeetingViews.AgendaLine(m.getId(), m.getSlot(), session.slotStart(m.getSlot()), session.slotEnd(m.getSlot()),
                    zones.label(m.getTableNo()), other == null ? "—" : other.getName(),
                    other == null || other.getCompany() == null ? null : other.getCompany().getLegalName(),
                    other == null ? null : other.getAccount().getEmail(),
                    other == null || other.getCompany() == null ? null : other.getCompany().getPhone(), m.getStatus(),
                    !now.isBefore(session.slotStart(m.getSlot())));
        }).toList();
    }

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public byte[] agendaPdf(long eventId, Locale locale) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        List<MeetingViews.AgendaLine> lines = agenda(eventId);
        String name = participantOf(session, me).map(Participant::getName).orElse(me.getEmail());
        return MeetingPdf.agenda(session.getEvent().getTitle(), name, lines, locale);
    }

    /** The caller's published agenda as an iCalendar object, one entry per meeting. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public String agendaCalendar(long eventId) {
        Account me = caller();
        MeetingSession session = readable(eventId, me);
        Participant self = participantOf(session, me).orElseThrow(EventNotFoundException::new);
        List<Meeting> meetings = session.getPublishedAt() == null ? List.of() : meetingsOf(self);
        return MeetingCalendar.agenda(session, self, meetings, settings.host(), clock.instant());
    }

    /** Either side marks a meeting held or missed, once its slot has begun (or back to planned, to undo). */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public void mark(long meetingId, MeetingStatus outcome) {
        Account me = caller();
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new EventNotFoundException();
        }
        MeetingSession session = meeting.getSession();
        Participant self = participantOf(session, me).orElse(null);
        if (self == null || !meeting.involves(self)) {
            throw new EventNotFoundException();
        }
        if (clock.instant().isBefore(session.slotStart(meeting.getSlot()))) {
            throw new InvalidMeetingException("meeting.state.notYet");
        }
        meeting.mark(outcome, clock.instant());
    }

    private MeetingRequest received(long requestId) {
        MeetingRequest request = em.find(MeetingRequest.class, requestId);
        Account me = caller();
        if (request == null || !request.getTo().getAccount().getId().equals(me.getId())) {
            throw new EventNotFoundException();
        }
        requireOpen(request.getSession());
        return request;
    }

    private MeetingRequest sent(long requestId) {
        MeetingRequest request = em.find(MeetingRequest.class, requestId);
        if (request == null || !request.getFrom().getAccount().getId().equals(caller().getId())) {
            throw new EventNotFoundException();
        }
        return request;
    }

    private void requireOpen(MeetingSession session) {
        if (!session.requestsOpen(clock.instant())) {
            throw new InvalidMeetingException("meeting.state.requestsClosed");
        }
    }

    /** The session of an event the caller attends, organises, or takes part in; for anyone else it does not exist. */
    private MeetingSession readable(long eventId, Account me) {
        Event event = em.find(Event.class, eventId);
        MeetingSession session = event == null ? null : em.createNamedQuery("MeetingSession.ofEvent", MeetingSession.class)
                .setParameter("event", event).getResultStream().findFirst().orElse(null);
        if (session == null || !(access.organises(event, me) || access.attends(event, me) || participantOf(session, me).isPresent())) {
            throw new EventNotFoundException();
        }
        return session;
    }

    private boolean mayJoin(MeetingSession session, Account me) {
        Event event = session.getEvent();
        return !event.isCancelled() && (access.attends(event, me) || access.organises(event, me));
    }

    private Optional<Participant> participantOf(MeetingSession session, Account me) {
        return em.createNamedQuery("Participant.of", Participant.class).setParameter("session", session).setParameter("account", me)
                .getResultStream().findFirst();
    }

    private List<Meeting> meetingsOf(Participant participant) {
        return em.createNamedQuery("Meeting.of", Meeting.class).setParameter("participant", participant).getResultList();
    }

    private List<Company> companiesOf(Account me) {
        return em.createQuery("SELECT l.company FROM CompanyLink l WHERE l.account = :me"
                + " AND l.status = fr.ccibusiness.company.CompanyLinkStatus.APPROVED ORDER BY l.company.legalName", Company.class)
                .setParameter("me", me).getResultList();
    }

    private static ParticipantKind kindOf(Account me) {
        return me.getRoles().contains(Role.BUYER) ? ParticipantKind.BUYER : ParticipantKind.SUPPLIER;
    }

    private static boolean active(RequestStatus status) {
        return status == RequestStatus.PENDING || status == RequestStatus.ACCEPTED || status == RequestStatus.PREPARED;
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
