package fr.ccibusiness.rights;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.EmailAddress;
import fr.ccibusiness.account.Member;
import fr.ccibusiness.account.PasswordHasher;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.audit.AuditTrail;
import fr.ccibusiness.platform.MailComposer;
import fr.ccibusiness.platform.OutgoingMail;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.privacy.PersonalDataExport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rights requests: anyone sends one from the public form and confirms it by e-mail; the DPO works
 * the queue (export, erasure, rectification, reply, extension of the due date) and gets a daily
 * digest. Every look at a person's data from the queue goes into the audit trail.
 */
@Stateless
public class RightsRequestService {

    static final int DUE_SOON_DAYS = 7;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountEraser eraser;

    @Inject
    private PersonalDataExport export;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<OutgoingMail> outbox;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private RightsFormThrottle throttle;

    /**
     * Anyone, signed in or not: the answer is the same whoever the address belongs to. A valid request
     * sends an e-mail, so {@code clientAddress} (the sender's network address) may send only so many
     * an hour ({@link Settings#rightsRequestsPerHour()}).
     */
    @PermitAll
    public void submit(RightsRequestForm form, Locale language, String clientAddress) {
        if (form.getKind() == null) {
            throw new InvalidRightsRequestException("kind", "form.field.required");
        }
        String lastName = name(form.getLastName(), "lastName");
        String firstName = name(form.getFirstName(), "firstName");
        String email = EmailAddress.normalize(form.getEmail());
        if (!EmailAddress.isValid(email)) {
            throw new InvalidRightsRequestException("email", "account.email.invalid");
        }
        String message = form.getMessage() == null || form.getMessage().isBlank() ? null : form.getMessage().strip();
        if (message != null && message.length() > RightsRequest.MESSAGE_MAX) {
            throw new InvalidRightsRequestException("message", "rights.message.tooLong");
        }
        if (message == null && (form.getKind() == RightsKind.RECTIFICATION || form.getKind() == RightsKind.OTHER)) {
            throw new InvalidRightsRequestException("message", "rights.message.required");
        }
        if (!throttle.tryAcquire(clientAddress, clock.instant(), settings.rightsRequestsPerHour())) {
            throw new TooManyRightsRequestsException();
        }
        String secret = PasswordHasher.randomToken();
        RightsRequest request = new RightsRequest(form.getKind(), lastName, firstName, email, message, language, secret,
                clock.instant());
        em.persist(request);
        outbox.fire(composer.compose(email, request.getLocale(), "rights-verify",
                settings.baseUrl() + "/rights-confirm.xhtml?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8),
                firstName));
    }

    /** The link of the confirmation e-mail: the request is received, and its due date set. */
    @PermitAll
    public Optional<RightsRequest> confirm(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<RightsRequest> found = em.createNamedQuery("RightsRequest.byTokenHash", RightsRequest.class)
                .setParameter("hash", PasswordHasher.sha256Hex(secret)).getResultStream().findFirst();
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().confirm(now)) {
            return Optional.empty();
        }
        RightsRequest request = found.get();
        em.flush();
        em.persist(new RightsRequestAction(request.getId(), now, null, RightsRequestAction.Kind.RECEIVED, null));
        outbox.fire(composer.compose(request.getEmail(), request.getLocale(), "rights-received", null,
                request.getFirstName(), date(request.getDueOn(), request.getLocale())));
        return found;
    }

    /** The queue, soonest due first: open requests, and the closed ones too if asked. */
    @RolesAllowed(Names.DPO)
    public List<RightsRequest> queue(boolean withClosed) {
        return em.createNamedQuery("RightsRequest.withStatus", RightsRequest.class).setParameter("statuses", statuses(withClosed))
                .getResultList();
    }

    /**
     * The queue as {@link #queue} lists it, for an export (CSV or Excel): it names people, so the export
     * is written to the audit trail, naming those who have an account.
     */
    @RolesAllowed(Names.DPO)
    public List<RightsRequest> exportQueue(boolean withClosed, String format) {
        List<RightsRequest> queue = queue(withClosed);
        List<Long> accountIds = em.createNamedQuery("RightsRequest.accountsWithStatus", Long.class)
                .setParameter("statuses", statuses(withClosed)).getResultList();
        audit.export(me(), Role.DPO, accountIds, queue.size() + " demande(s) d’exercice de droits exportée(s)",
                "export " + format + " de la file des demandes d’exercice de droits" + (withClosed ? ", closes comprises" : ""));
        return queue;
    }

    private static EnumSet<RightsStatus> statuses(boolean withClosed) {
        return withClosed ? EnumSet.of(RightsStatus.OPEN, RightsStatus.CLOSED) : EnumSet.of(RightsStatus.OPEN);
    }

    @RolesAllowed(Names.DPO)
    public RequestDetail detail(long requestId) {
        RightsRequest request = received(requestId);
        Optional<Account> account = accounts.byEmail(request.getEmail());
        account.ifPresentOrElse(a -> audit.read(me(), Role.DPO, List.of(a), "demande d’exercice de droits n° " + requestId),
                () -> audit.read(me(), Role.DPO, request.getDisplayName() + " <" + request.getEmail() + ">",
                        "demande d’exercice de droits n° " + requestId));
        List<RightsRequestAction> actions = em.createNamedQuery("RightsRequestAction.ofRequest", RightsRequestAction.class)
                .setParameter("requestId", requestId).getResultList();
        return new RequestDetail(request, actions, account.map(Account::getId).orElse(null),
                account.map(a -> accounts.memberOf(a).getDisplayName()).orElse(null));
    }

    /** Extends the due date once, by one or two months; the person is told why and until when. */
    @RolesAllowed(Names.DPO)
    public void extend(long requestId, int months, String reason) {
        RightsRequest request = received(requestId);
        request.extend(months, reason);
        record(request, RightsRequestAction.Kind.EXTENDED, months + " : " + reason.strip());
        outbox.fire(composer.compose(request.getEmail(), request.getLocale(), "rights-extended", null,
                request.getFirstName(), date(request.getDueOn(), request.getLocale()), request.getExtensionReason()));
    }

    /** The export of the account that has the request's address, for the DPO to send on. */
    @RolesAllowed(Names.DPO)
    public byte[] export(long requestId) {
        RightsRequest request = received(requestId);
        Account account = accountOf(request);
        audit.read(me(), Role.DPO, List.of(account), "export des données (demande n° " + requestId + ")");
        record(request, RightsRequestAction.Kind.EXPORTED, null);
        return export.zipFor(account.getId(), request.getLocale());
    }

    /** Erases the account that has the request's address, with every personal datum, and closes the request. */
    @RolesAllowed(Names.DPO)
    public void erase(long requestId) {
        RightsRequest request = received(requestId);
        Account account = accountOf(request);
        eraser.erase(List.of(account.getId()));
        record(request, RightsRequestAction.Kind.ERASED, null);
        request.close(clock.instant());
        record(request, RightsRequestAction.Kind.CLOSED, null);
        outbox.fire(composer.compose(request.getEmail(), request.getLocale(), "rights-erased", null, request.getFirstName()));
    }

    /** Corrects the names of the account that has the request's address. */
    @RolesAllowed(Names.DPO)
    public void rectifyNames(long requestId, String lastName, String firstName) {
        RightsRequest request = received(requestId);
        Account account = accountOf(request);
        Member member = accounts.memberOf(account);
        String before = member.getDisplayName();
        member.rename(lastName, firstName);
        audit.read(me(), Role.DPO, List.of(account), "rectification des nom et prénom (demande n° " + requestId + ")");
        record(request, RightsRequestAction.Kind.RECTIFIED, before + " → " + member.getDisplayName());
    }

    /** Answers the person by e-mail; closes the request if the answer ends it. */
    @RolesAllowed(Names.DPO)
    public void reply(long requestId, String text, boolean close) {
        RightsRequest request = received(requestId);
        if (text == null || text.isBlank() || text.length() > RightsRequest.MESSAGE_MAX) {
            throw new InvalidRightsRequestException("reply", "rights.reply.required");
        }
        record(request, RightsRequestAction.Kind.REPLIED, text.strip());
        if (close) {
            request.close(clock.instant());
            record(request, RightsRequestAction.Kind.CLOSED, null);
        }
        outbox.fire(composer.compose(request.getEmail(), request.getLocale(), "rights-reply", null,
                request.getFirstName(), text.strip(), settings.dpoEmail()));
    }

    /** The DPO's morning digest: open requests, those overdue and those due within a week. */
    @RolesAllowed(Names.DPO)
    public int sendDigest() {
        List<RightsRequest> open = queue(false);
        if (open.isEmpty()) {
            return 0;
        }
        LocalDate today = today();
        Locale french = Locale.FRENCH;
        String overdue = lines(open.stream().filter(r -> r.isOverdue(today)).toList(), french);
        String soon = lines(open.stream().filter(r -> !r.isOverdue(today) && r.daysLeft(today) <= DUE_SOON_DAYS).toList(), french);
        outbox.fire(composer.compose(settings.dpoEmail(), french, "rights-digest", settings.baseUrl() + "/dpo/requests.xhtml",
                "DPO", open.size(), overdue.isEmpty() ? "—" : overdue, soon.isEmpty() ? "—" : soon));
        return open.size();
    }

    /** Today in the chamber's time zone, by the platform's clock: what "overdue" is measured against. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock.withZone(RightsRequest.ZONE));
    }

    private String lines(List<RightsRequest> requests, Locale locale) {
        return requests.stream().map(r -> "n° " + r.getId() + " — " + r.getKind() + " — " + r.getDisplayName() + " — "
                + date(r.getDueOn(), locale)).collect(Collectors.joining("\n"));
    }

    private RightsRequest received(long requestId) {
        RightsRequest request = em.find(RightsRequest.class, requestId);
        if (request == null || request.getStatus() == RightsStatus.UNVERIFIED) {
            throw new RightsRequestStateException("rights.notFound");
        }
        return request;
    }

    private Account accountOf(RightsRequest request) {
        return accounts.byEmail(request.getEmail()).orElseThrow(() -> new RightsRequestStateException("rights.noAccount"));
    }

    private void record(RightsRequest request, RightsRequestAction.Kind kind, String note) {
        em.persist(new RightsRequestAction(request.getId(), clock.instant(), me().getId(), kind, note));
    }

    private Account me() {
        return accounts.caller(context);
    }

    private static String name(String value, String field) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidRightsRequestException(field, "form.field.required");
        }
        if (name.length() > RightsRequest.NAME_MAX) {
            throw new InvalidRightsRequestException(field, "rights.name.tooLong");
        }
        return name;
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
