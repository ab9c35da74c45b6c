package fr.ccibusiness.consultation;

import com.google.crypto.tink.StreamingAead;
import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The opening of a consultation's responses by its organisation's buyers (nobody else, not an
 * administrator): possible only after the response deadline, journaled, and the only way to the
 * consultation's private key. Late responses are listed apart and never opened; a company's replaced
 * responses stay sealed. Then the award, told to every candidate.
 */
@Stateless
@RolesAllowed(Names.BUYER)
public class OpeningService {

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
    private SealingKeys sealing;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @RolesAllowed(Names.BUYER)
    public OpenedResponses responses(long consultationId) {
        Consultation consultation = managed(consultationId);
        Instant now = clock.instant();
        List<ResponseDeposit> deposits = em.createNamedQuery("ResponseDeposit.ofConsultation", ResponseDeposit.class)
                .setParameter("consultation", consultation).getResultList();
        List<OpenedResponses.Late> late = deposits.stream().filter(ResponseDeposit::isLate)
                .map(d -> new OpenedResponses.Late(lotOf(d), d.getCompany().getLegalName(), d.getFinishedAt())).toList();
        List<ResponseDeposit> openable = deposits.stream().filter(ResponseDeposit::isOpenable)
                .sorted(Comparator.comparing((ResponseDeposit d) -> d.getLot() == null ? 0 : d.getLot().getNumber())
                        .thenComparing(d -> d.getCompany().getLegalName())).toList();
        ConsultationStatus state = consultation.state(now);
        if (state != ConsultationStatus.OPENED && state != ConsultationStatus.AWARDED) {
            return new OpenedResponses(false, null, openable.size(), List.of(), late);
        }
        byte[] privateKeyset = openable.isEmpty() ? null : key(consultation).release(consultation, now);
        return new OpenedResponses(true, consultation.getOpenedAt(), openable.size(), openable.stream().map(d ->
                new OpenedResponses.Response(d.getId(), lotOf(d), d.getCompany().getLegalName(), d.getCompany().getSiret(),
                        d.getFinishedAt(), text(consultation, privateKeyset, d), d.getFiles().stream().map(f ->
                        new OpenedResponses.File(f.getId(), f.getFileName(), f.getSizeBytes(), f.getSha256())).toList()))
                .toList(), late);
    }

    /** Opens the responses, once the deadline has passed; journaled with what was opened. */
    @RolesAllowed(Names.BUYER)
    public void open(long consultationId) {
        Consultation consultation = managed(consultationId);
        Instant now = clock.instant();
        consultation.open(now);
        ConsultationKey key = em.find(ConsultationKey.class, consultation.getId());
        if (key != null) {
            key.release(consultation, now);
        }
        long onTime = em.createNamedQuery("ResponseDeposit.ofConsultation", ResponseDeposit.class)
                .setParameter("consultation", consultation).getResultStream().filter(ResponseDeposit::isOpenable).count();
        journal.record(consultation, JournalKind.OPENED, caller(), "responses=" + onTime);
    }

    /**
     * Awards the consultation to the responses {@code winners} (opened, on time, current); every
     * candidate who deposited a response is told the outcome by e-mail, retained or not.
     */
    @RolesAllowed(Names.BUYER)
    public void award(long consultationId, List<Long> winners) {
        Consultation consultation = managed(consultationId);
        if (winners == null || winners.isEmpty()) {
            throw new InvalidConsultationException("award.winners.required");
        }
        List<ResponseDeposit> deposits = em.createNamedQuery("ResponseDeposit.ofConsultation", ResponseDeposit.class)
                .setParameter("consultation", consultation).getResultList();
        for (Long winner : winners) {
            deposits.stream().filter(d -> d.getId().equals(winner)).findFirst()
                    .orElseThrow(() -> new InvalidConsultationException("award.winners.invalid")).award();
        }
        consultation.award(clock.instant());
        List<String> retained = deposits.stream().filter(ResponseDeposit::isAwarded)
                .map(d -> d.getLot() == null ? d.getCompany().getLegalName() : d.getLot().getLabel() + " : " + d.getCompany().getLegalName())
                .sorted().toList();
        journal.record(consultation, JournalKind.AWARDED, caller(), "winners=" + deposits.stream()
                .filter(ResponseDeposit::isAwarded).map(d -> d.getCompany().getSiret()).sorted().toList());
        String link = settings.baseUrl() + "/consultation.xhtml?id=" + consultation.getId();
        Set<String> told = new HashSet<>();
        for (ResponseDeposit deposit : deposits) {
            Account candidate = deposit.getDepositedBy();
            if (candidate == null || !candidate.isActive() || !told.add(candidate.getId() + "/" + deposit.getCompany().getId())) {
                continue;
            }
            boolean won = deposits.stream().anyMatch(d -> d.isAwarded() && d.getCompany().getId().equals(deposit.getCompany().getId()));
            // A company that responded to several lots is told once, retained if it won any.
            outbox.fire(composer.compose(candidate.getEmail(), candidate.getLocale(), won ? "award-won" : "award-lost", link,
                    accounts.memberOf(candidate).getFirstName(), consultation.getReference() + " — " + consultation.getTitle(),
                    deposit.getCompany().getLegalName(), String.join(", ", retained)).forAccount(candidate.getId()));
        }
    }

    /** A file of an opened, on-time, current response, to be decrypted as it streams; each reading is journaled. */
    @RolesAllowed(Names.BUYER)
    public OpenedFile file(long fileId) {
        ResponseFile file = Optional.ofNullable(em.find(ResponseFile.class, fileId)).orElseThrow(ConsultationNotFoundException::new);
        ResponseDeposit deposit = file.getDeposit();
        Consultation consultation = managed(deposit.getConsultation().getId());
        if (!deposit.isOpenable()) {
            throw new ResponsesSealedException();
        }
        byte[] privateKeyset = key(consultation).release(consultation, clock.instant());
        StreamingAead aead = sealing.responseKey(consultation.getId(), privateKeyset, deposit.getWrappedKey(), deposit.getSealId());
        journal.record(consultation, JournalKind.RESPONSE_READ, caller(), "company=" + deposit.getCompany().getSiret()
                + " file=\"" + file.getFileName() + "\" sha256=" + file.getSha256());
        return new OpenedFile(file.getFileName(), file.getMediaType(), file.getSizeBytes(), file.getFileId(), aead,
                ResponseFile.associatedData(deposit.getSealId(), file.getNumber()));
    }

    private static String lotOf(ResponseDeposit deposit) {
        return deposit.getLot() == null ? null : deposit.getLot().getLabel();
    }

    private String text(Consultation consultation, byte[] privateKeyset, ResponseDeposit deposit) {
        StreamingAead aead = sealing.responseKey(consultation.getId(), privateKeyset, deposit.getWrappedKey(), deposit.getSealId());
        try (InputStream in = aead.newDecryptingStream(new ByteArrayInputStream(deposit.getSealedText()),
                ResponseService.textAssociatedData(deposit.getSealId()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A response's text that does not decrypt", e);
        }
    }

    private ConsultationKey key(Consultation consultation) {
        return Optional.ofNullable(em.find(ConsultationKey.class, consultation.getId())).orElseThrow(ResponsesSealedException::new);
    }

    private Consultation managed(long id) {
        return consultations.ofBuyer(id, caller());
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
