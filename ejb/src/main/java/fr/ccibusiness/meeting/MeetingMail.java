package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.consultation.Consultation;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The meeting sessions' e-mails, through the outbox: a request received, its answer, and the agenda
 * published (with its calendar); and the session's slots as the pages show them.
 */
@Dependent
public class MeetingMail {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    static List<MeetingViews.Slot> slots(MeetingSession session) {
        return IntStream.range(0, session.slots()).mapToObj(s -> new MeetingViews.Slot(s, session.day(s), session.slotStart(s),
                session.slotEnd(s))).toList();
    }

    /** The person asked is told who asks, and why. */
    void requestReceived(MeetingRequest request) {
        send(request.getTo(), "meeting-request", page(request.getSession()), MeetingSessionService.label(request.getFrom()),
                request.getReason());
    }

    /** The person who asked is told the answer. */
    void requestAnswered(MeetingRequest request) {
        send(request.getFrom(), request.getStatus() == RequestStatus.ACCEPTED ? "meeting-accepted" : "meeting-declined",
                page(request.getSession()), MeetingSessionService.label(request.getTo()), request.getReason());
    }

    /** The candidates of a consultation are invited to the event and its meetings. */
    void invitation(fr.ccibusiness.event.Event event, Consultation consultation, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        for (Member member : em.createQuery("SELECT m FROM Member m JOIN FETCH m.account a WHERE a.id IN :ids", Member.class)
                .setParameter("ids", accountIds).getResultList()) {
            Account account = member.getAccount();
            outbox.fire(composer.compose(account.getEmail(), account.getLocale(), "meeting-invitation",
                    settings.baseUrl() + "/event.xhtml?id=" + event.getId(), member.getFirstName(), event.getTitle(),
                    consultation.getOrganisation().getName(), consultation.getReference() + " — " + consultation.getTitle())
                    .forAccount(account.getId()));
        }
    }

    /** The agenda published: each meeting's time, table and other side, and the calendar of them all. */
    void agenda(MeetingSession session, Participant participant, List<Meeting> meetings) {
        TableZones zones = session.zones();
        String lines = meetings.stream().map(m -> TIME.format(session.slotStart(m.getSlot()).atZone(MeetingSession.PARIS))
                + " — table " + zones.label(m.getTableNo()) + " — " + MeetingSessionService.label(m.other(participant)))
                .collect(Collectors.joining("\n"));
        Account account = participant.getAccount();
        OutgoingMail mail = composer.compose(account.getEmail(), account.getLocale(), "meeting-agenda",
                        settings.baseUrl() + "/meetings/agenda.xhtml?event=" + session.getEvent().getId(), participant.getFirstName(),
                        session.getEvent().getTitle(), meetings.size(), lines)
                .forAccount(account.getId())
                .withCalendar(MeetingCalendar.agenda(session, participant, meetings, settings.host(), clock.instant()));
        outbox.fire(mail);
    }

    private void send(Participant to, String key, String link, Object... args) {
        Account account = to.getAccount();
        Object[] greeted = new Object[args.length + 2];
        greeted[0] = to.getFirstName();
        greeted[1] = to.getSession().getEvent().getTitle();
        System.arraycopy(args, 0, greeted, 2, args.length);
        outbox.fire(composer.compose(account.getEmail(), account.getLocale(), key, link, greeted).forAccount(account.getId()));
    }

    private String page(MeetingSession session) {
        return settings.baseUrl() + "/meetings/session.xhtml?event=" + session.getEvent().getId();
    }
}
