package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.EmailAddress;
import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consultations as candidates and visitors reach them. A published consultation is read by the
 * active members of its target communities, and by anyone, signed in or not, when it is public; its
 * organisation's buyers and administrators read it in any state. Anyone else gets the answer a missing
 * id gets. Every download is logged, with its reader or as anonymous, and journaled.
 */
@Stateless
@PermitAll
public class ConsultationCatalogue {

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
    private Clock clock;

    /** The published consultations the caller may read, the latest deadline first. */
    @PermitAll
    public List<ConsultationSummary> visible() {
        List<Long> communities = new ArrayList<>(signedIn().map(consultations::activeCommunities).orElse(List.of()));
        communities.add(-1L);
        Instant now = clock.instant();
        return em.createNamedQuery("Consultation.visible", Consultation.class).setParameter("communities", communities)
                .getResultStream().map(c -> ConsultationSummary.of(c, now)).toList();
    }

    @PermitAll
    public ConsultationDetail consultation(long id) {
        Optional<Account> me = signedIn();
        Consultation consultation = readable(consultations.find(id), me);
        return consultations.detail(consultation, false, clock.instant());
    }

    /** A version's file for someone who may read its consultation; the download is logged and journaled with it. */
    @PermitAll
    public DownloadedTender download(long versionId) {
        Optional<Account> me = signedIn();
        TenderDocumentVersion version = Optional.ofNullable(em.find(TenderDocumentVersion.class, versionId))
                .orElseThrow(ConsultationNotFoundException::new);
        TenderDocument document = version.getDocument();
        Consultation consultation = readable(document.getConsultation(), me);
        em.persist(new TenderDownload(version, me.orElse(null), clock.instant()));
        journal.record(consultation, JournalKind.DOWNLOAD, me.orElse(null), "document=\"" + document.getTitle()
                + "\" version=" + version.getNumber() + " file=\"" + version.getFileName() + "\""
                + (me.isEmpty() ? " reader=anonymous" : ""));
        return new DownloadedTender(version.getFileName(), version.getMediaType(), version.getSizeBytes(),
                version.getFileId());
    }

    /**
     * Asks to be told of the consultation's changes: a member by their account, a visitor of a public
     * consultation by the address (and, if they wish, the name) they leave. Asking twice changes nothing.
     */
    @PermitAll
    public void follow(long consultationId, String name, String email) {
        Optional<Account> me = signedIn();
        Consultation consultation = readable(consultations.find(consultationId), me);
        if (me.isPresent()) {
            em.createNativeQuery("INSERT INTO app.consultation_follower (consultation_id, account_id, created_at)"
                    + " VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING").setParameter(1, consultation.getId())
                    .setParameter(2, me.get().getId()).executeUpdate();
            return;
        }
        if (!EmailAddress.isValid(email)) {
            throw new InvalidConsultationException("follow.email.invalid");
        }
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > BuyerOrganisation.NAME_MAX) {
            throw new InvalidConsultationException("follow.name.invalid");
        }
        em.createNativeQuery("INSERT INTO app.consultation_follower (consultation_id, email, name, created_at)"
                + " VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING").setParameter(1, consultation.getId())
                .setParameter(2, EmailAddress.normalize(email)).setParameter(3, cleanName).executeUpdate();
    }

    private Consultation readable(Consultation consultation, Optional<Account> me) {
        return consultations.readable(consultation, me, context.isCallerInRole(Names.ADMIN), clock.instant());
    }

    /** The signed-in caller's account; empty for a visitor. */
    private Optional<Account> signedIn() {
        return accounts.byEmail(context.getCallerPrincipal().getName());
    }
}
