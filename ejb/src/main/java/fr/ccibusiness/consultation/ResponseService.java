package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.company.Company;
import fr.ccibusiness.company.CompanyLink;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A company's responses (plis) to a consultation, deposited by any member linked to it: sealed as
 * they stream in (see {@link SealingKeys}), judged on the instant the upload finished, each with a
 * receipt on the page and by e-mail, and journaled with their hashes. No method here, nor anywhere,
 * returns a response's content before the consultation is opened after its deadline.
 */
@Stateless
@RolesAllowed(Names.MEMBER)
public class ResponseService {

    private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

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
    private FileStore files;

    @Inject
    private Settings settings;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    /** A file as the page received it. */
    public record Upload(String fileName, InputStream content) {
    }

    /** The companies the caller may respond for (approved links), by id. */
    @RolesAllowed(Names.MEMBER)
    public Map<Long, String> companies() {
        return approvedLinks(caller()).stream().collect(Collectors.toMap(l -> l.getCompany().getId(),
                l -> l.getCompany().getLegalName(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The receipts of the deposits the caller's companies made to this consultation, latest first. */
    @RolesAllowed(Names.MEMBER)
    public List<DepositReceipt> receipts(long consultationId) {
        Account me = caller();
        Consultation consultation = consultations.readable(consultations.find(consultationId), Optional.of(me), false,
                clock.instant());
        List<Long> companies = approvedLinks(me).stream().map(l -> l.getCompany().getId()).toList();
        if (companies.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ResponseDeposit.ofCompanies", ResponseDeposit.class).setParameter("consultation", consultation)
                .setParameter("companies", companies).getResultStream().map(DepositReceipt::of).toList();
    }

    /** A receipt as PDF, for the members of the company that made the deposit; anyone else: not found. */
    @RolesAllowed(Names.MEMBER)
    public byte[] receiptPdf(long depositId) {
        Account me = caller();
        ResponseDeposit deposit = Optional.ofNullable(em.find(ResponseDeposit.class, depositId))
                .filter(d -> approvedLinks(me).stream().anyMatch(l -> l.getCompany().getId().equals(d.getCompany().getId())))
                .orElseThrow(ConsultationNotFoundException::new);
        return ReceiptPdf.of(DepositReceipt.of(deposit), me.getLocale());
    }

    /**
     * Deposits a response: {@code startedAt} is when its upload began (a deposit begun after the
     * deadline is refused), now is when it finished (after the deadline: kept sealed, late). An
     * on-time deposit replaces the company's earlier one (for the same lot), which stays sealed in the history.
     */
    @RolesAllowed(Names.MEMBER)
    public DepositReceipt deposit(long consultationId, long companyId, Long lotId, String text, List<Upload> uploads,
                                  Instant startedAt) {
        Target target = target(consultationId, companyId, lotId, text, !uploads.isEmpty(), startedAt);
        if (uploads.size() > settings.responseMaxFiles()) {
            throw new InvalidConsultationException("deposit.files.tooMany");
        }
        String sealId = UUID.randomUUID().toString();
        SealingKeys.ResponseKey key = sealing.newResponseKey(keyOf(target.consultation()).getPublicKeyset(), sealId);
        List<SealedFile> sealed = new ArrayList<>();
        long left = budget();
        long started = System.nanoTime();
        for (Upload upload : uploads) {
            SealedFile file = SealedFile.seal(upload.fileName(), upload.content(), left, key.aead(),
                    ResponseFile.associatedData(sealId, sealed.size() + 1), files);
            left -= file.size();
            sealed.add(file);
        }
        return logged(record(target, sealId, key, sealed), "whole", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts a response whose files come a chunk at a time ({@link StagedDeposit}), the deposit judged
     * to start now: refused as a deposit would be when the consultation is not the caller's to see, takes
     * no deposits, or the caller speaks for no company.
     */
    @RolesAllowed(Names.MEMBER)
    public StagedDeposit stage(long consultationId) {
        Instant now = clock.instant();
        Account me = caller();
        Consultation consultation = consultations.readable(consultations.find(consultationId), Optional.of(me), false, now);
        refuseUnlessAccepting(consultation, now);
        if (approvedLinks(me).isEmpty()) {
            throw new InvalidConsultationException("deposit.company.notLinked");
        }
        String sealId = UUID.randomUUID().toString();
        return new StagedDeposit(consultation.getId(), me.getId(), now, sealId,
                sealing.newResponseKey(keyOf(consultation).getPublicKeyset(), sealId), budget(), settings.responseMaxFiles());
    }

    /** Adds a file of {@code size} bytes to a staged response, checked against the limits before a byte is sent. */
    @RolesAllowed(Names.MEMBER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String stageFile(StagedDeposit staged, String fileName, long size) {
        return ownedByCaller(staged).add(fileName, size, files).getId();
    }

    /**
     * Takes a chunk of a staged file from {@code body}, sealed as it arrives and kept as far as it came
     * (the file's type judged on its first bytes); the bytes received so far.
     */
    @RolesAllowed(Names.MEMBER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long receive(StagedDeposit staged, String fileId, long offset, InputStream body, int length) {
        StagedDeposit mine = ownedByCaller(staged);
        try {
            return mine.receive(mine.file(fileId).orElseThrow(ConsultationNotFoundException::new), offset, body, length);
        } catch (IOException e) {
            throw new UncheckedIOException("Receiving a chunk", e);
        }
    }

    /** How much of a staged file arrived, for its sender to resume after a broken connection. */
    @RolesAllowed(Names.MEMBER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long received(StagedDeposit staged, String fileId) {
        return ownedByCaller(staged).file(fileId).orElseThrow(ConsultationNotFoundException::new).getReceived();
    }

    /** Deletes the files of a response staged and not deposited (its session ended, or it was started again). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void discard(StagedDeposit staged) {
        staged.discard(files);
    }

    /**
     * Deposits a staged response, whose files arrived whole: judged on the deadline by when its upload
     * started and now; its files, sealed as they came, become the response's.
     */
    @RolesAllowed(Names.MEMBER)
    public DepositReceipt deposit(long companyId, Long lotId, String text, StagedDeposit staged) {
        StagedDeposit mine = ownedByCaller(staged);
        Target target = target(mine.getConsultationId(), companyId, lotId, text, mine.hasFiles(), mine.getStartedAt());
        List<SealedFile> sealed = mine.sealedFiles();
        mine.storedFiles().forEach(files::keep);
        return logged(record(target, mine.getSealId(), mine.getKey(), sealed), "in chunks", mine.sealingMillis());
    }

    /** What it cost the server to hash, seal and store a deposit's files (the wait for the network apart). */
    private DepositReceipt logged(DepositReceipt receipt, String how, long sealingMillis) {
        long bytes = receipt.files().stream().mapToLong(DepositReceipt.File::sizeBytes).sum();
        log.info(() -> "Deposit " + receipt.id() + " (" + how + "): " + receipt.files().size() + " file(s), " + bytes
                + " bytes hashed, sealed and stored in " + sealingMillis + " ms");
        return receipt;
    }

    /** Who deposits what, where and when, once checked. */
    private record Target(Account me, Consultation consultation, Company company, Lot lot, String text, Instant startedAt,
                          Instant finished, DepositTiming timing) {
    }

    private Target target(long consultationId, long companyId, Long lotId, String text, boolean hasFiles, Instant startedAt) {
        Instant finished = clock.instant();
        Account me = caller();
        Consultation consultation = consultations.readable(consultations.find(consultationId), Optional.of(me), false, finished);
        refuseUnlessAccepting(consultation, startedAt);
        Company company = approvedLinks(me).stream().map(CompanyLink::getCompany).filter(c -> c.getId() == companyId)
                .findFirst().orElseThrow(() -> new InvalidConsultationException("deposit.company.notLinked"));
        Lot lot = consultation.getLots().isEmpty() ? null : consultation.getLots().stream()
                .filter(l -> l.getId().equals(lotId)).findFirst()
                .orElseThrow(() -> new InvalidConsultationException("deposit.lot.required"));
        String cleanText = text == null ? "" : text.strip();
        if (cleanText.length() > ResponseDeposit.TEXT_MAX) {
            throw new InvalidConsultationException("deposit.text.tooLong");
        }
        if (cleanText.isEmpty() && !hasFiles) {
            throw new InvalidConsultationException("deposit.text.empty");
        }
        return new Target(me, consultation, company, lot, cleanText, startedAt, finished,
                DepositTiming.of(startedAt, finished, consultation.getResponseDeadline()));
    }

    private static void refuseUnlessAccepting(Consultation consultation, Instant startedAt) {
        if (!consultation.acceptsDeposits(startedAt)) {
            throw new InvalidConsultationException(consultation.state(startedAt) == ConsultationStatus.CLOSED
                    ? "deposit.state.deadlinePassed" : "deposit.state.notOpen");
        }
    }

    private DepositReceipt record(Target target, String sealId, SealingKeys.ResponseKey key, List<SealedFile> sealed) {
        Account me = target.me();
        Consultation consultation = target.consultation();
        Lot lot = target.lot();
        Instant finished = target.finished();
        ResponseDeposit deposit = new ResponseDeposit(consultation, lot, target.company(), me, sealId, target.startedAt(),
                key.wrapped(), sealText(key, sealId, target.text()));
        sealed.forEach(deposit::add);
        deposit.finish(finished, target.timing() == DepositTiming.LATE);
        if (target.timing() == DepositTiming.ON_TIME) {
            (lot == null ? em.createNamedQuery("ResponseDeposit.current", ResponseDeposit.class)
                    : em.createNamedQuery("ResponseDeposit.currentOfLot", ResponseDeposit.class).setParameter("lot", lot))
                    .setParameter("consultation", consultation).setParameter("company", target.company()).getResultStream()
                    .forEach(earlier -> earlier.replace(finished));
        }
        em.persist(deposit);
        em.flush();
        DepositReceipt receipt = DepositReceipt.of(deposit);
        journal.record(consultation, JournalKind.DEPOSIT, me, "deposit=" + deposit.getId()
                + (lot == null ? "" : " lot=" + lot.getNumber()) + " finished=" + finished
                + (deposit.isLate() ? " late=true" : "") + " files=" + receipt.files().stream()
                .map(f -> f.sizeBytes() + " " + f.sha256()).toList());
        outbox.fire(composer.compose(me.getEmail(), me.getLocale(), deposit.isLate() ? "deposit-receipt-late" : "deposit-receipt",
                settings.baseUrl() + "/consultation.xhtml?id=" + consultation.getId(), accounts.memberOf(me).getFirstName(),
                consultation.getReference() + " — " + consultation.getTitle() + (lot == null ? "" : " (" + lot.getLabel() + ")"),
                target.company().getLegalName(),
                RECEIPT_TIME.format(finished.atZone(Consultation.PARIS)), receipt.files().isEmpty() ? "—"
                        : receipt.filesAsText(me.getLocale())).forAccount(me.getId()));
        return receipt;
    }

    private long budget() {
        return settings.responseMaxMegabytes() * 1024L * 1024L;
    }

    /** The same 404 as a missing consultation for a staged response that is not the caller's. */
    private StagedDeposit ownedByCaller(StagedDeposit staged) {
        if (staged == null || staged.getAccountId() != caller().getId()) {
            throw new ConsultationNotFoundException();
        }
        return staged;
    }

    /** The consultation's key pair, created with its first deposit (two first deposits at once share one). */
    private ConsultationKey keyOf(Consultation consultation) {
        ConsultationKey key = em.find(ConsultationKey.class, consultation.getId());
        if (key != null) {
            return key;
        }
        SealingKeys.KeyPair pair = sealing.newConsultationKeys(consultation.getId());
        em.createNativeQuery("INSERT INTO app.consultation_key (consultation_id, public_keyset, sealed_private_keyset, created_at)"
                        + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (consultation_id) DO NOTHING")
                .setParameter(1, consultation.getId()).setParameter(2, pair.publicKeyset())
                .setParameter(3, pair.sealedPrivateKeyset()).executeUpdate();
        return em.find(ConsultationKey.class, consultation.getId());
    }

    private static byte[] sealText(SealingKeys.ResponseKey key, String sealId, String text) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = key.aead().newEncryptingStream(sealed, textAssociatedData(sealId))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a response's text", e);
        }
        return sealed.toByteArray();
    }

    static byte[] textAssociatedData(String sealId) {
        return ("cci-response/" + sealId + "/text").getBytes(StandardCharsets.UTF_8);
    }

    private List<CompanyLink> approvedLinks(Account me) {
        return em.createNamedQuery("CompanyLink.ofAccount", CompanyLink.class).setParameter("account", me).getResultStream()
                .filter(CompanyLink::isApproved).toList();
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
