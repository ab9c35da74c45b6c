package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.notification.Notifications;
import fr.ccibusiness.platform.Csv;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.platform.StoredFile;
import fr.ccibusiness.reference.ReferenceDataService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a buyer does with the consultations of their organisation: draft, describe, attach tender
 * documents, publish, cancel, and read the journal. A buyer sees only their own organisation's
 * consultations (their colleagues' too); administrators read every journal. Each change is journaled
 * in its own transaction.
 */
@Stateless
@RolesAllowed(Names.BUYER)
public class BuyerConsultationService {

    private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Consultations consultations;

    @Inject
    private ConsultationJournal journal;

    @Inject
    private FileStore files;

    @Inject
    private Notifications notifications;

    @Inject
    private ConsultationMail mail;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** The caller's organisation, if an administrator or a CCI's staff attached them to one. */
    @RolesAllowed(Names.BUYER)
    public Optional<String> organisationName() {
        return consultations.organisationOf(caller()).map(BuyerOrganisation::getName);
    }

    /** The organisation's consultations, newest first. */
    @RolesAllowed(Names.BUYER)
    public List<ConsultationSummary> consultations() {
        Instant now = clock.instant();
        return em.createNamedQuery("Consultation.ofOrganisation", Consultation.class).setParameter("organisation", organisation())
                .getResultStream().map(c -> ConsultationSummary.of(c, now)).toList();
    }

    /** The communities the organisation may publish to, by name. */
    @RolesAllowed(Names.BUYER)
    public Map<Long, String> publishableCommunities() {
        return organisation().getCommunities().stream().sorted(Comparator.comparing(Community::getName))
                .collect(Collectors.toMap(Community::getId, Community::getName, (a, b) -> a, LinkedHashMap::new));
    }

    @RolesAllowed(Names.BUYER)
    public long createDraft(ConsultationForm form) {
        BuyerOrganisation organisation = organisation();
        Account me = caller();
        checkCriteria(form);
        Consultation consultation = new Consultation(organisation, form, targets(organisation, form), me, clock.instant());
        em.persist(consultation);
        journal.record(consultation, JournalKind.CREATED, me, describe(consultation));
        return consultation.getId();
    }

    /** What the consultation says now, to fill the form. */
    @RolesAllowed(Names.BUYER)
    public ConsultationForm form(long id) {
        Consultation c = managed(id);
        ConsultationForm form = new ConsultationForm();
        form.setReference(c.getReference());
        form.setTitle(c.getTitle());
        form.setObjectHtml(c.getObjectHtml());
        form.setValueBand(c.getValueBand());
        form.setResponseDeadline(c.getResponseDeadline().atZone(Consultation.PARIS).toLocalDateTime());
        form.setQuestionDeadline(c.getQuestionDeadline().atZone(Consultation.PARIS).toLocalDateTime());
        form.setPublicAccess(c.isPublicAccess());
        form.setCommunityIds(c.getCommunities().stream().map(Community::getId).sorted().toList());
        form.setNafCodes(String.join(", ", c.getNafCodes().stream().sorted().toList()));
        form.setCertifications(String.join(", ", c.getCertifications().stream().sorted().toList()));
        form.setCompetences(String.join(", ", c.getCompetences().stream().sorted().toList()));
        form.setPlaces(String.join(", ", c.getPlaces().stream().sorted().toList()));
        form.setLots(String.join("\n", c.getLots().stream().map(Lot::getTitle).toList()));
        return form;
    }

    /** Changes a draft, or a published consultation before its deadline; a change of deadline is journaled as such. */
    @RolesAllowed(Names.BUYER)
    public void describe(long id, ConsultationForm form) {
        Consultation consultation = managed(id);
        Instant questions = consultation.getQuestionDeadline();
        Instant responses = consultation.getResponseDeadline();
        checkCriteria(form);
        consultation.describe(form, targets(consultation.getOrganisation(), form), clock.instant());
        journal.record(consultation, JournalKind.DESCRIBED, caller(), describe(consultation));
        if (!questions.equals(consultation.getQuestionDeadline()) || !responses.equals(consultation.getResponseDeadline())) {
            journal.record(consultation, JournalKind.DEADLINES_CHANGED, caller(), "questions=" + questions + "->"
                    + consultation.getQuestionDeadline() + " responses=" + responses + "->" + consultation.getResponseDeadline());
            if (consultation.state(clock.instant()) == ConsultationStatus.PUBLISHED) {
                mail.changed(consultation, "consultation-new-deadlines", PARIS_TIME.format(consultation.getQuestionDeadline()
                        .atZone(Consultation.PARIS)) + " / " + PARIS_TIME.format(consultation.getResponseDeadline().atZone(Consultation.PARIS)));
            }
        }
    }

    /** Publishes a draft; the members of its target communities hear of it as each chose (the count is kept, not who). */
    @RolesAllowed(Names.BUYER)
    public void publish(long id) {
        Consultation consultation = managed(id);
        consultation.publish(clock.instant());
        int told = consultation.getCommunities().isEmpty() ? 0 : notifications.consultationPublished(consultation.getCommunities()
                .stream().map(Community::getId).sorted().toList(), consultation.getId(), caller().getId(),
                new Notifications.Match(List.copyOf(consultation.getNafCodes()), List.copyOf(consultation.getCertifications()),
                        List.copyOf(consultation.getCompetences())));
        consultation.told(told);
        journal.record(consultation, JournalKind.PUBLISHED, caller(), describe(consultation) + " told=" + told);
    }

    @RolesAllowed(Names.BUYER)
    public void cancel(long id, String reason) {
        Consultation consultation = managed(id);
        consultation.cancel(reason, clock.instant());
        journal.record(consultation, JournalKind.CANCELLED, caller(), "reason=\"" + consultation.getCancelReason() + "\"");
    }

    /** A new tender document, its first version streamed to the file store; its name, size and SHA-256 are journaled. */
    @RolesAllowed(Names.BUYER)
    public void addDocument(long id, String title, String fileName, InputStream content) {
        Consultation consultation = managed(id);
        TenderDocument document = new TenderDocument(consultation, title, clock.instant());
        StoredFile file = StoredFile.accept(fileName, content, settings.documentMaxBytes(), files);
        em.persist(document);
        record(document.addVersion(file, caller(), clock.instant()));
    }

    /** A new version of a tender document; the earlier ones stay, for the record. */
    @RolesAllowed(Names.BUYER)
    public void addVersion(long documentId, String fileName, InputStream content) {
        TenderDocument document = Optional.ofNullable(em.find(TenderDocument.class, documentId))
                .orElseThrow(ConsultationNotFoundException::new);
        managed(document.getConsultation().getId());
        StoredFile file = StoredFile.accept(fileName, content, settings.documentMaxBytes(), files);
        TenderDocumentVersion version = document.addVersion(file, caller(), clock.instant());
        record(version);
        if (document.getConsultation().state(clock.instant()) == ConsultationStatus.PUBLISHED) {
            mail.changed(document.getConsultation(), "consultation-new-version", document.getTitle() + " (version "
                    + version.getNumber() + ", " + version.getFileName() + ")");
        }
    }

    /** The consultation as its buyers see it, with the downloads of each version. */
    @RolesAllowed({Names.BUYER, Names.ADMIN})
    public ConsultationDetail consultation(long id) {
        return consultations.detail(readable(id), true, clock.instant());
    }

    /**
     * The journal's lines. Until the responses are opened, a deposit's line does not say who made it
     * (the line itself keeps it, hashed): the buyer does not learn who responded before the deadline.
     */
    @RolesAllowed({Names.BUYER, Names.ADMIN})
    public List<JournalLine> journal(long id) {
        Consultation consultation = readable(id);
        ConsultationStatus state = consultation.state(clock.instant());
        boolean opened = state == ConsultationStatus.OPENED || state == ConsultationStatus.AWARDED;
        List<JournalEntry> entries = journal.entries(consultation);
        Set<Long> actors = entries.stream().filter(e -> e.getActor() != null).map(e -> e.getActor().getId())
                .collect(Collectors.toSet());
        Map<Long, String> names = accounts.displayNames(actors);
        return entries.stream().map(e -> {
            boolean hidden = e.getKind() == JournalKind.DEPOSIT && !opened;
            return new JournalLine(e.getSeq(), e.getRecordedAt(), e.getKind(), hidden ? null : e.getActorNumber(),
                    hidden || e.getActor() == null ? null : names.get(e.getActor().getId()), e.getDetail(), e.getHash());
        }).toList();
    }

    /** The journal as a spreadsheet reads it, hashes included, for the buyer's file. */
    @RolesAllowed({Names.BUYER, Names.ADMIN})
    public byte[] journalCsv(long id) {
        List<String> columns = List.of("seq", "recorded_at", "kind", "actor_number", "actor", "detail", "hash");
        return Csv.of(columns, journal(id).stream().map(line -> {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", line.seq());
            row.put("recorded_at", line.recordedAt());
            row.put("kind", line.kind());
            row.put("actor_number", line.actorNumber());
            row.put("actor", line.actorName());
            row.put("detail", line.detail());
            row.put("hash", line.hash());
            return row;
        }).toList());
    }

    @RolesAllowed({Names.BUYER, Names.ADMIN})
    public JournalCheck verifyJournal(long id) {
        return journal.verify(readable(id));
    }

    private void record(TenderDocumentVersion version) {
        em.flush();
        journal.record(version.getDocument().getConsultation(), JournalKind.DOCUMENT_VERSION, caller(), "document=\""
                + version.getDocument().getTitle() + "\" version=" + version.getNumber() + " file=\"" + version.getFileName()
                + "\" size=" + version.getSizeBytes() + " sha256=" + version.getSha256());
    }

    private static String describe(Consultation c) {
        return "reference=\"" + c.getReference() + "\" title=\"" + c.getTitle() + "\" questions=" + c.getQuestionDeadline()
                + " responses=" + c.getResponseDeadline() + " public=" + c.isPublicAccess() + " communities="
                + c.getCommunities().stream().map(Community::getId).sorted().toList();
    }

    /** The NAF codes and communes the form names exist in the official lists (their shape is the entity's to check). */
    private void checkCriteria(ConsultationForm form) {
        if (ConsultationForm.split(form.getNafCodes()).stream().map(code -> code.toUpperCase(Locale.ROOT))
                .anyMatch(code -> code.matches("\\d{2}\\.\\d{2}[A-Z]") && referenceData.naf(code).isEmpty())) {
            throw new InvalidConsultationException("consultation.nafCodes.unknown");
        }
        if (ConsultationForm.split(form.getPlaces()).stream()
                .anyMatch(code -> code.matches("\\d[0-9AB]\\d{3}") && referenceData.commune(code).isEmpty())) {
            throw new InvalidConsultationException("consultation.places.unknown");
        }
    }

    /** The communities the form names, each one the organisation may publish to. */
    private Set<Community> targets(BuyerOrganisation organisation, ConsultationForm form) {
        Set<Community> targets = new HashSet<>();
        for (Long communityId : form.getCommunityIds()) {
            Community community = em.find(Community.class, communityId);
            if (community == null || !organisation.mayPublishTo(community)) {
                throw new InvalidConsultationException("consultation.communities.notAllowed");
            }
            targets.add(community);
        }
        return targets;
    }

    private Consultation managed(long id) {
        return consultations.ofBuyer(id, caller());
    }

    private Consultation readable(long id) {
        return context.isCallerInRole(Names.ADMIN) ? consultations.find(id) : managed(id);
    }

    private BuyerOrganisation organisation() {
        return consultations.organisationOf(caller()).orElseThrow(ConsultationNotFoundException::new);
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
