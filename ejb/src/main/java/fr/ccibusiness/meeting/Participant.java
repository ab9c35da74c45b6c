package fr.ccibusiness.meeting;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.company.Company;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person taking part in a meeting session: their kind, company, what they offer and seek, and the slots they cannot attend. */
@Entity
@Table(name = "meeting_participant")
@NamedQuery(name = "Participant.of", query = "SELECT p FROM Participant p WHERE p.session = :session AND p.account = :account")
// A session's participants come with their names, companies, competences and certifications read in a few
// batches (one query per relation for all of them), not one query per participant.
@NamedQuery(name = "Participant.all", query = "SELECT p FROM Participant p JOIN FETCH p.account WHERE p.session = :session ORDER BY p.id",
        hints = {@QueryHint(name = "eclipselink.batch.type", value = "IN"), @QueryHint(name = "eclipselink.batch", value = "p.member"),
            @QueryHint(name = "eclipselink.batch", value = "p.member.competences"), @QueryHint(name = "eclipselink.batch", value = "p.company"),
            @QueryHint(name = "eclipselink.batch", value = "p.company.naf"),
            @QueryHint(name = "eclipselink.batch", value = "p.company.certifications")})
public class Participant {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private MeetingSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** The same account's names (the member row shares its key). */
    @ManyToOne
    @JoinColumn(name = "account_id", insertable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ParticipantKind kind;

    @ManyToOne
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false, length = TEXT_MAX)
    private String offer = "";

    @Column(nullable = false, length = TEXT_MAX)
    private String seek = "";

    @Column(name = "unavailable_slots", nullable = false, length = 1000)
    private String unavailableSlots = "";

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    private int version;

    protected Participant() {
    }

    Participant(MeetingSession session, Account account, ParticipantKind kind, Instant now) {
        this.session = session;
        this.account = account;
        this.kind = kind;
        this.joinedAt = now;
    }

    /** What they publish: their company (one they are linked to, or none), what they offer, what they seek. */
    void describe(Company newCompany, String newOffer, String newSeek) {
        String o = newOffer == null ? "" : newOffer.strip();
        String s = newSeek == null ? "" : newSeek.strip();
        if (o.length() > TEXT_MAX) {
            throw new InvalidMeetingException("meeting.offer.tooLong");
        }
        if (s.length() > TEXT_MAX) {
            throw new InvalidMeetingException("meeting.seek.tooLong");
        }
        if (o.isEmpty() && s.isEmpty()) {
            throw new InvalidMeetingException("meeting.offer.required");
        }
        company = newCompany;
        offer = o;
        seek = s;
    }

    /** The slots they cannot attend, each checked against the session's. */
    void unavailable(Collection<Integer> slots) {
        Set<Integer> sorted = new TreeSet<>(slots);
        if (sorted.stream().anyMatch(s -> s < 0 || s >= session.slots())) {
            throw new InvalidMeetingException("meeting.unavailable.invalid");
        }
        unavailableSlots = sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Set<Integer> getUnavailable() {
        return unavailableSlots.isEmpty() ? Set.of()
                : Arrays.stream(unavailableSlots.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long getId() {
        return id;
    }

    public MeetingSession getSession() {
        return session;
    }

    public Account getAccount() {
        return account;
    }

    /** First name, to greet them. */
    public String getFirstName() {
        return member == null ? "" : member.getFirstName();
    }

    /** First and last name, as the other participants read them. */
    public String getName() {
        return member == null ? "" : member.getFirstName() + " " + member.getLastName();
    }

    /** Their competence domains, as their profile shows them. */
    public java.util.Set<String> getCompetences() {
        return member == null ? Set.of() : member.getCompetences();
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public Company getCompany() {
        return company;
    }

    public String getOffer() {
        return offer;
    }

    public String getSeek() {
        return seek;
    }
}
