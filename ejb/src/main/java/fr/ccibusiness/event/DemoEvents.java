package fr.ccibusiness.event;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.consultation.BuyerOrganisation;
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
import java.util.Set;

/**
 * The demo's events: a morning of the aeronautics community, full, with a waiting list the demo member
 * can join; the demo buyer's suppliers' day with its CCI, which the demo member is registered to (its
 * meeting session is {@code meeting.DemoMeetings}'); and a public webinar of the agri-food community,
 * which the demo advisor's CCI serves. Registrants are generated members of each audience.
 */
@Dependent
public class DemoEvents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the events; returns the suppliers' day, for its meeting session. */
    public Event load(Account member, Account animator, Account buyer, Account advisor, Community aeronautics, Community nuclear,
                      Community agrifood, BuyerOrganisation organisation) {
        Instant now = clock.instant();
        Event morning = Event.ofCommunity(aeronautics, animator, form("Matinale de la filière aéronautique",
                "Petit-déjeuner d’échanges entre les membres de la filière : point sur les cadences des programmes civils,"
                        + " retour du salon du Bourget et présentation des nouveaux adhérents.",
                12, LocalTime.of(8, 30), LocalTime.of(10, 30), "CCI Caen Normandie, 1 rue René Cassin, 14280 Saint-Contest", null,
                16, false), Set.of(aeronautics), "demo.ccibusiness.fr", now);
        em.persist(morning);
        register(morning, generatedMembers(aeronautics, member, 18), now);

        Event suppliers = Event.ofOrganisation(organisation, buyer, form("Journée fournisseurs Normandie Aéro Systèmes",
                "Présentation des besoins d’achat 2027 (usinage, traitements de surface, maintenance), puis rendez-vous"
                        + " individuels avec les acheteurs. Organisée avec la CCI Normandie.",
                25, LocalTime.of(9, 0), LocalTime.of(17, 0), "Normandie Aéro Systèmes, 5 avenue de l’Aéronautique, 14460 Colombelles",
                null, 40, false), Set.of(aeronautics, nuclear), "demo.ccibusiness.fr", now);
        em.persist(suppliers);
        register(suppliers, List.of(member), now);
        register(suppliers, generatedMembers(aeronautics, member, 25), now);

        Event webinar = Event.ofCommunity(agrifood, advisor, form("Webinaire : la cybersécurité des PME industrielles",
                "Une heure pour faire le point sur les menaces qui visent les PME, les réflexes à adopter et les aides"
                        + " régionales au diagnostic. Ouvert à tous.",
                7, LocalTime.of(11, 0), LocalTime.of(12, 0), null, "https://visio.ccibusiness.fr/webinaire-cyber-pme", 100, true),
                Set.of(), "demo.ccibusiness.fr", now);
        em.persist(webinar);
        register(webinar, generatedMembers(agrifood, member, 8), now);
        em.flush();
        return suppliers;
    }

    private static EventForm form(String title, String description, int inDays, LocalTime start, LocalTime end, String place,
                                  String link, int capacity, boolean publicAccess) {
        LocalDate day = LocalDate.now(Event.PARIS).plusDays(inDays);
        EventForm form = new EventForm();
        form.setTitle(title);
        form.setDescription(description);
        form.setStart(LocalDateTime.of(day, start));
        form.setEnd(LocalDateTime.of(day, end));
        form.setPlace(place);
        form.setOnlineLink(link);
        form.setCapacity(capacity);
        form.setRegistrationDeadline(LocalDateTime.of(day.minusDays(1), LocalTime.NOON));
        form.setPublicAccess(publicAccess);
        return form;
    }

    /** Registers each in turn: places first, then the waiting list, as the service would. */
    private void register(Event event, List<Account> people, Instant now) {
        long held = em.createNamedQuery("Registration.placesHeld", Long.class).setParameter("event", event).getSingleResult();
        for (Account person : people) {
            Registration registration = new Registration(event, person);
            registration.register(held < event.getCapacity(), now);
            if (registration.getStatus().holdsAPlace()) {
                held++;
            }
            em.persist(registration);
        }
        em.flush();
    }

    private List<Account> generatedMembers(Community community, Account except, int count) {
        return em.createQuery("SELECT m.account FROM Membership m WHERE m.community = :community"
                        + " AND m.status = fr.ccibusiness.community.MembershipStatus.ACTIVE AND m.account <> :except"
                        + " AND m.account.status = fr.ccibusiness.account.AccountStatus.ACTIVE ORDER BY m.account.id", Account.class)
                .setParameter("community", community).setParameter("except", except).setMaxResults(count).getResultList();
    }
}
