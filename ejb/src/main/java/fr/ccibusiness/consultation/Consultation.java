package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.platform.Html;
import fr.ccibusiness.platform.HtmlSanitizer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A consultation (request for proposals) of a buyer organisation. It guards its life: what may change
 * in which state, deadlines to the minute and in the future, questions closing before responses, and
 * an audience (target communities, or public) before publication.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = "Consultation.ofOrganisation", query = "SELECT c FROM Consultation c WHERE c.organisation = :organisation"
        + " ORDER BY c.createdAt DESC")
@NamedQuery(name = "Consultation.visible", query = "SELECT DISTINCT c FROM Consultation c LEFT JOIN c.communities t"
        + " WHERE c.status <> fr.ccibusiness.consultation.ConsultationStatus.DRAFT AND (c.publicAccess = TRUE OR t.id IN :communities)"
        + " ORDER BY c.responseDeadline DESC")
public class Consultation {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The default time between the end of questions and the response deadline, as for French formal procedures. */
    public static final Duration QUESTIONS_CLOSE_BEFORE = Duration.ofDays(6);
    public static final int REFERENCE_MAX = 50;
    public static final int TITLE_MAX = 200;
    public static final int OBJECT_MAX = 50_000;
    public static final int REASON_MAX = 1000;
    public static final int CRITERION_MAX = 60;
    public static final int CRITERIA_MAX = 30;
    public static final int LOTS_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private BuyerOrganisation organisation;

    @Column(nullable = false, length = REFERENCE_MAX)
    private String reference;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "object_html", nullable = false)
    private String objectHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_band", nullable = false, length = 20)
    private ValueBand valueBand;

    @Column(name = "question_deadline", nullable = false)
    private Instant questionDeadline;

    @Column(name = "response_deadline", nullable = false)
    private Instant responseDeadline;

    @Column(name = "public_access", nullable = false)
    private boolean publicAccess;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ConsultationStatus status;

    @ManyToMany
    @JoinTable(name = "consultation_target", joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "community_id"))
    private Set<Community> communities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_naf", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "naf_code", length = 6)
    private Set<String> nafCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_certification", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "certification", length = CRITERION_MAX)
    private Set<String> certifications = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_competence", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "competence", length = CRITERION_MAX)
    private Set<String> competences = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_place", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "commune_code", length = 5)
    private Set<String> places = new HashSet<>();

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Lot> lots = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    @Column(name = "notified_count")
    private Integer notifiedCount;

    @Version
    private int version;

    protected Consultation() {
    }

    /** A new draft, checked like any later change; only its organisation's buyers see it until it is published. */
    public Consultation(BuyerOrganisation organisation, ConsultationForm form, Set<Community> targets, Account by, Instant now) {
        this.organisation = organisation;
        this.status = ConsultationStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        describe(form, targets, now);
    }

    /**
     * Changes what the consultation says. A draft changes everything; a published one, until its
     * deadline, keeps its audience (those already told keep reading it) but may change its text and
     * push or bring its deadlines, which the service tells to those who follow it.
     */
    public final void describe(ConsultationForm form, Set<Community> targets, Instant now) {
        if (status != ConsultationStatus.DRAFT && state(now) != ConsultationStatus.PUBLISHED) {
            throw new InvalidConsultationException("consultation.state.closed");
        }
        String cleanReference = form.getReference() == null ? "" : form.getReference().strip();
        if (cleanReference.isEmpty() || cleanReference.length() > REFERENCE_MAX
                || !cleanReference.matches("[\\p{L}\\p{N} ._/-]+")) {
            throw new InvalidConsultationException("consultation.reference.invalid");
        }
        String cleanTitle = form.getTitle() == null ? "" : form.getTitle().strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_MAX) {
            throw new InvalidConsultationException("consultation.title.invalid");
        }
        String cleanObject = HtmlSanitizer.sanitize(form.getObjectHtml() == null ? "" : form.getObjectHtml());
        if (Html.toText(cleanObject).isBlank() || cleanObject.length() > OBJECT_MAX) {
            throw new InvalidConsultationException("consultation.object.invalid");
        }
        if (form.getValueBand() == null) {
            throw new InvalidConsultationException("consultation.valueBand.required");
        }
        Instant responses = deadline(form.getResponseDeadline(), "consultation.responseDeadline.required", now);
        Instant questions = form.getQuestionDeadline() == null ? responses.minus(QUESTIONS_CLOSE_BEFORE)
                : deadline(form.getQuestionDeadline(), "consultation.questionDeadline.required", now);
        if (questions.isAfter(responses)) {
            throw new InvalidConsultationException("consultation.questionDeadline.afterResponses");
        }
        if (!questions.isAfter(now)) {
            throw new InvalidConsultationException("consultation.questionDeadline.past");
        }
        List<String> naf = ConsultationForm.split(form.getNafCodes()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        List<String> certification = ConsultationForm.split(form.getCertifications());
        List<String> competence = ConsultationForm.split(form.getCompetences());
        List<String> place = ConsultationForm.split(form.getPlaces());
        if (naf.size() > CRITERIA_MAX || !naf.stream().allMatch(c -> c.matches("\\d{2}\\.\\d{2}[A-Z]"))) {
            throw new InvalidConsultationException("consultation.nafCodes.invalid");
        }
        if (certification.size() > CRITERIA_MAX || certification.stream().anyMatch(c -> c.length() > CRITERION_MAX)) {
            throw new InvalidConsultationException("consultation.certifications.invalid");
        }
        if (competence.size() > CRITERIA_MAX || competence.stream().anyMatch(c -> c.length() > CRITERION_MAX)) {
            throw new InvalidConsultationException("consultation.competences.invalid");
        }
        if (place.size() > CRITERIA_MAX || !place.stream().allMatch(c -> c.matches("\\d[0-9AB]\\d{3}"))) {
            throw new InvalidConsultationException("consultation.places.invalid");
        }
        List<String> lotTitles = form.getLots() == null ? List.of() : form.getLots().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (lotTitles.size() > LOTS_MAX || lotTitles.stream().anyMatch(t -> t.length() > TITLE_MAX)) {
            throw new InvalidConsultationException("consultation.lots.invalid");
        }
        if (status == ConsultationStatus.DRAFT) {
            communities.clear();
            communities.addAll(targets);
            publicAccess = form.isPublicAccess();
            if (!lotTitles.equals(lots.stream().map(Lot::getTitle).toList())) {
                lots.clear();
                for (int i = 0; i < lotTitles.size(); i++) {
                    lots.add(new Lot(this, i + 1, lotTitles.get(i)));
                }
            }
        }
        replace(nafCodes, naf);
        replace(certifications, certification);
        replace(competences, competence);
        replace(places, place);
        this.reference = cleanReference;
        this.title = cleanTitle;
        this.objectHtml = cleanObject;
        this.valueBand = form.getValueBand();
        this.responseDeadline = responses;
        this.questionDeadline = questions;
    }

    /** Publishes a draft: it needs an audience and deadlines still ahead. */
    public void publish(Instant now) {
        if (status != ConsultationStatus.DRAFT) {
            throw new InvalidConsultationException("consultation.state.notDraft");
        }
        if (communities.isEmpty() && !publicAccess) {
            throw new InvalidConsultationException("consultation.communities.required");
        }
        if (!questionDeadline.isAfter(now)) {
            throw new InvalidConsultationException("consultation.questionDeadline.past");
        }
        status = ConsultationStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Cancels it, from any state before the award, with the reason its candidates will read. */
    public void cancel(String reason, Instant now) {
        if (status == ConsultationStatus.AWARDED || status == ConsultationStatus.CANCELLED) {
            throw new InvalidConsultationException("consultation.state.final");
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > REASON_MAX) {
            throw new InvalidConsultationException("consultation.reason.invalid");
        }
        status = ConsultationStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = cleanReason;
    }

    /** Opens the responses: only once the response deadline has passed. */
    public void open(Instant now) {
        if (state(now) != ConsultationStatus.CLOSED) {
            throw new ResponsesSealedException();
        }
        status = ConsultationStatus.OPENED;
        openedAt = now;
    }

    /** Records how many members were told of its publication. */
    void told(int members) {
        this.notifiedCount = members;
    }

    /** Awards it: only once its responses are opened. */
    public void award(Instant now) {
        if (state(now) != ConsultationStatus.OPENED) {
            throw new InvalidConsultationException("consultation.state.notOpened");
        }
        status = ConsultationStatus.AWARDED;
        awardedAt = now;
    }

    /** Whether a company may start a deposit now: published, and before the response deadline. */
    public boolean acceptsDeposits(Instant now) {
        return state(now) == ConsultationStatus.PUBLISHED;
    }

    /** The state at {@code now}: a published consultation is closed from its response deadline on. */
    public ConsultationStatus state(Instant now) {
        return status == ConsultationStatus.PUBLISHED && !now.isBefore(responseDeadline) ? ConsultationStatus.CLOSED : status;
    }

    /** Whether its tender documents may still change: in a draft, and while published before the deadline. */
    public boolean acceptsDocuments(Instant now) {
        ConsultationStatus state = state(now);
        return state == ConsultationStatus.DRAFT || state == ConsultationStatus.PUBLISHED;
    }

    private static void replace(Set<String> set, List<String> values) {
        set.retainAll(values);
        set.addAll(values);
    }

    private static Instant deadline(LocalDateTime typed, String missingKey, Instant now) {
        if (typed == null) {
            throw new InvalidConsultationException(missingKey);
        }
        Instant deadline = typed.truncatedTo(ChronoUnit.MINUTES).atZone(PARIS).toInstant();
        if (!deadline.isAfter(now)) {
            throw new InvalidConsultationException(missingKey.replace(".required", ".past"));
        }
        return deadline;
    }

    public Long getId() {
        return id;
    }

    public BuyerOrganisation getOrganisation() {
        return organisation;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getObjectHtml() {
        return objectHtml;
    }

    public ValueBand getValueBand() {
        return valueBand;
    }

    public Instant getQuestionDeadline() {
        return questionDeadline;
    }

    public Instant getResponseDeadline() {
        return responseDeadline;
    }

    public boolean isPublicAccess() {
        return publicAccess;
    }

    public Set<Community> getCommunities() {
        return Set.copyOf(communities);
    }

    public List<Lot> getLots() {
        return List.copyOf(lots);
    }

    public Set<String> getNafCodes() {
        return Set.copyOf(nafCodes);
    }

    public Set<String> getCertifications() {
        return Set.copyOf(certifications);
    }

    public Set<String> getCompetences() {
        return Set.copyOf(competences);
    }

    public Set<String> getPlaces() {
        return Set.copyOf(places);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Integer getNotifiedCount() {
        return notifiedCount;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }
}
