package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.event.Event;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The demo's meeting session, on the demo buyer's suppliers' day: the buyer takes part, fifteen of the
 * generated registrants too, ten requests to the buyer accepted and three waiting for an answer. It is
 * not scheduled: the demo buyer (an organiser of the event) runs the scheduler; the demo member, who
 * holds a place, can join and ask.
 */
@Dependent
public class DemoMeetings {

    private static final String[] OFFERS = {"Usinage 5 axes de pièces en titane", "Traitements de surface (anodisation, peinture)",
        "Câblage et harnais électriques", "Contrôle non destructif", "Chaudronnerie fine", "Impression 3D métal",
        "Bureau d'études mécanique", "Logistique sous douane"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void load(Event event, Account buyer, Account demoMember) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(event.getStartsAt(), MeetingSession.PARIS);
        SessionForm form = new SessionForm();
        form.setFirstDay(day);
        form.setDays(1);
        form.setDayStart(LocalTime.of(9, 30));
        form.setSlotsPerDay(12);
        form.setSlotMinutes(20);
        form.setBreakMinutes(5);
        form.setLunchAfterSlot(6);
        form.setLunchMinutes(60);
        form.setTables(8);
        form.setRequestsCloseAt(LocalDateTime.of(day.minusDays(2), LocalTime.NOON));
        form.setBuyerMax(12);
        form.setSupplierMax(3);
        MeetingSession session = new MeetingSession(event, form, false, now);
        em.persist(session);
        Participant host = new Participant(session, buyer, ParticipantKind.BUYER, now);
        host.describe(null, "Présentation des besoins d’achat 2027", "Sous-traitants en usinage, traitements de surface et maintenance");
        em.persist(host);
        List<Account> registrants = em.createQuery("SELECT r.account FROM Registration r WHERE r.event = :event"
                        + " AND r.status = fr.ccibusiness.event.RegistrationStatus.CONFIRMED AND r.account <> :member ORDER BY r.id",
                Account.class).setParameter("event", event).setParameter("member", demoMember).setMaxResults(15).getResultList();
        int n = 0;
        for (Account account : registrants) {
            Participant supplier = new Participant(session, account, ParticipantKind.SUPPLIER, now);
            supplier.describe(null, OFFERS[n % OFFERS.length], "Des programmes aéronautiques à servir");
            em.persist(supplier);
            em.flush();
            if (n < 13) {
                MeetingRequest request = new MeetingRequest(supplier, host, "Présenter notre savoir-faire : " + OFFERS[n % OFFERS.length],
                        n % 4 == 0, false, now);
                if (n < 10) {
                    request.accept(now);
                }
                em.persist(request);
            }
            n++;
        }
        em.flush();
    }
}
