package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.InvalidFileException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.platform.StoredFile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What both sides of a request share: its view (the member's without the CCI's notes), its files
 * (typed from their bytes and limited in size like the community spaces' documents) and their
 * downloads, each one logged.
 */
@Dependent
public class SupportRecords {

    /** How many files one request or message may carry. */
    public static final int FILES_MAX = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private FileStore files;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    RequestView view(SupportRequest request, boolean forCci) {
        Set<EntryKind> kinds = forCci ? EnumSet.allOf(EntryKind.class) : EnumSet.of(EntryKind.MESSAGE, EntryKind.STEP);
        List<SupportEntry> entries = em.createNamedQuery("SupportEntry.ofRequest", SupportEntry.class)
                .setParameter("request", request).setParameter("kinds", kinds).getResultList();
        List<RequestView.Attachment> attachments = em.createNamedQuery("SupportAttachment.ofRequest", SupportAttachment.class)
                .setParameter("request", request).getResultStream()
                .map(a -> new RequestView.Attachment(a.getId(), a.getEntry() == null ? null : a.getEntry().getId(), a.getFileName(),
                        a.getSizeBytes(), a.getUploadedAt())).toList();
        Set<Long> people = new HashSet<>();
        entries.stream().filter(e -> e.getAuthor() != null).forEach(e -> people.add(e.getAuthor().getId()));
        entries.stream().map(SupportRecords::assignee).filter(java.util.Objects::nonNull).forEach(people::add);
        if (request.getRequester() != null) {
            people.add(request.getRequester().getId());
        }
        if (request.getAdvisor() != null) {
            people.add(request.getAdvisor().getId());
        }
        Map<Long, String> names = accounts.displayNames(people);
        Map<Long, List<RequestView.Attachment>> byEntry = attachments.stream().filter(a -> a.entryId() != null)
                .collect(Collectors.groupingBy(RequestView.Attachment::entryId));
        List<RequestView.Entry> lines = entries.stream().map(e -> new RequestView.Entry(e.getId(), e.getKind(), e.isFromCci(),
                e.getAuthor() == null ? null : names.get(e.getAuthor().getId()),
                e.getKind() == EntryKind.STEP ? e.getBody().split(":")[0] : e.getBody(),
                assignee(e) == null ? null : names.get(assignee(e)), e.getWrittenAt(), byEntry.getOrDefault(e.getId(), List.of())))
                .toList();
        Account requester = request.getRequester();
        Account advisor = request.getAdvisor();
        return new RequestView(request.getId(), request.getOffer().getId(), request.getOffer().getTitle(), request.getCci().getName(),
                request.getCompanyName(), requester == null ? null : names.get(requester.getId()),
                forCci && requester != null ? requester.getEmail() : null, advisor == null ? null : advisor.getId(),
                advisor == null ? null : names.get(advisor.getId()), request.getMessage(), request.getStatus(),
                request.getSubmittedAt(), request.getDueAt(), request.getAssignedAt(), request.getStartedAt(),
                request.getFirstAnsweredAt(), request.getClosedAt(), request.getDeclineReason(), request.getRating(),
                request.getRatingComment(), request.getRatedAt(), request.isOverdue(clock.instant()), attachments, lines);
    }

    /** Whom a step gave the request to ({@code ASSIGNED:<account id>}), or null. */
    private static Long assignee(SupportEntry entry) {
        String[] parts = entry.getBody().split(":");
        return entry.getKind() == EntryKind.STEP && parts.length == 2 && parts[1].matches("\\d+") ? Long.valueOf(parts[1]) : null;
    }

    /** Stores the files sent with a request or a message; past {@link #FILES_MAX}, or one refused, and nothing is kept. */
    void attach(SupportRequest request, SupportEntry entry, List<Upload> uploads, Account by) {
        List<Upload> sent = uploads == null ? List.of() : uploads.stream().filter(u -> u != null && u.content() != null).toList();
        if (sent.size() > FILES_MAX) {
            throw new InvalidFileException("support.files.tooMany");
        }
        Instant now = clock.instant();
        for (Upload upload : sent) {
            StoredFile file = StoredFile.accept(upload.fileName(), upload.content(), settings.documentMaxBytes(), files);
            em.persist(new SupportAttachment(request, entry, file, by, now));
        }
    }

    /** The file of an attachment the caller may read; the download is logged in the same transaction. */
    DownloadedAttachment download(SupportAttachment attachment, Account by) {
        em.createNativeQuery("INSERT INTO app.support_download (attachment_id, account_id, downloaded_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, attachment.getId()).setParameter(2, by.getId()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return new DownloadedAttachment(attachment.getFileName(), attachment.getMediaType(), attachment.getSizeBytes(),
                attachment.getFileId());
    }
}
