package fr.ccibusiness.space;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityNotFoundException;
import fr.ccibusiness.notification.Notifications;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.StoredFile;
import fr.ccibusiness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A community's reserved space. Reading (listing, downloading) is for its active members, its
 * animators, the staff of its CCI and administrators; writing for its animators and administrators.
 * Everyone else, whatever id they try, is told the community, folder, item or version does not
 * exist. Membership is read at every call: a member who leaves loses access at once.
 */
@Stateless
@RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class CommunitySpaceService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Notifications notifications;

    @Inject
    private Settings settings;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public SpaceView space(long communityId, Long folderId) {
        Account me = caller();
        Community community = readable(communityId, me);
        SpaceFolder folder = folderId == null ? null : folder(community, folderId);
        boolean manager = manages(community, me);
        List<SpaceView.FolderRef> path = new ArrayList<>();
        for (SpaceFolder f = folder; f != null; f = f.getParent()) {
            path.add(new SpaceView.FolderRef(f.getId(), f.getName()));
        }
        Collections.reverse(path);
        List<SpaceView.FolderRef> folders = children(community, folder).stream()
                .map(f -> new SpaceView.FolderRef(f.getId(), f.getName())).toList();
        List<SpaceItem> items = (folder == null
                ? em.createNamedQuery("SpaceItem.atRoot", SpaceItem.class).setParameter("community", community)
                : em.createNamedQuery("SpaceItem.inFolder", SpaceItem.class).setParameter("folder", folder)).getResultList();
        Map<Long, long[]> counts = manager ? downloadCounts(items) : Map.of();
        Map<Long, List<SpaceView.VersionView>> versions = versions(items);
        List<SpaceView.ItemView> itemViews = items.stream().map(i -> new SpaceView.ItemView(i.getId(), i.getKind(),
                i.getTitle(), i.getUrl(), versions.getOrDefault(i.getId(), List.of()),
                counts.getOrDefault(i.getId(), new long[2])[0], counts.getOrDefault(i.getId(), new long[2])[1])).toList();
        List<SpaceView.AnnouncementView> announcements = folder != null ? List.of()
                : em.createNamedQuery("Announcement.ofCommunity", Announcement.class).setParameter("community", community)
                .setMaxResults(20).getResultStream().map(a -> new SpaceView.AnnouncementView(a.getId(), a.getTitle(),
                        a.getBodyHtml(), a.getPublishedAt())).toList();
        return new SpaceView(community.getName(), manager, path, folders, itemViews, announcements);
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void createFolder(long communityId, Long parentId, String name) {
        Community community = managed(communityId);
        SpaceFolder parent = parentId == null ? null : folder(community, parentId);
        boolean taken = children(community, parent).stream().anyMatch(f -> f.getName().equalsIgnoreCase(name == null ? "" : name.strip()));
        if (taken) {
            throw new InvalidSpaceContentException("space.folder.taken");
        }
        em.persist(new SpaceFolder(community, parent, name, clock.instant()));
    }

    /** Publishes an announcement (its HTML sanitised) and tells the members who chose to hear of new content. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void publishAnnouncement(long communityId, String title, String html) {
        Community community = managed(communityId);
        Account me = caller();
        Announcement announcement = new Announcement(community, me, title, html, clock.instant());
        em.persist(announcement);
        em.flush();
        notifications.announcementPublished(communityId, announcement.getId(), me.getId());
    }

    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void addLink(long communityId, Long folderId, String title, String url) {
        Community community = managed(communityId);
        Account me = caller();
        SpaceItem link = SpaceItem.link(community, folderId == null ? null : folder(community, folderId), title, url, me,
                clock.instant());
        em.persist(link);
        em.flush();
        notifications.itemPublished(communityId, link.getId(), me.getId(), spacePath(link), "notification.link");
    }

    /** A new document, checked from its first bytes, streamed to the file store with its metadata in one transaction. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void addDocument(long communityId, Long folderId, String title, String fileName, InputStream content) {
        Community community = managed(communityId);
        Account me = caller();
        SpaceItem document = SpaceItem.document(community, folderId == null ? null : folder(community, folderId), title, me,
                clock.instant());
        StoredFile file = StoredFile.accept(fileName, content, settings.documentMaxBytes(), files);
        em.persist(document);
        store(document.addVersion(file, me, clock.instant()), file);
        em.flush();
        notifications.itemPublished(communityId, document.getId(), me.getId(), spacePath(document), "notification.document");
    }

    /** A new version of a document; the earlier ones stay downloadable. */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void addVersion(long itemId, String fileName, InputStream content) {
        SpaceItem document = em.find(SpaceItem.class, itemId);
        if (document == null || document.isRemoved()) {
            throw new CommunityNotFoundException();
        }
        Community community = managed(document.getCommunity().getId());
        Account me = caller();
        StoredFile file = StoredFile.accept(fileName, content, settings.documentMaxBytes(), files);
        store(document.addVersion(file, me, clock.instant()), file);
        notifications.itemPublished(community.getId(), document.getId(), me.getId(), spacePath(document),
                "notification.document");
    }

    /**
     * Removes a document or link: it leaves the space, a document's bytes are deleted, and its
     * download log stays (the DPO's, and the counts of what was read).
     */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void removeItem(long itemId) {
        SpaceItem item = em.find(SpaceItem.class, itemId);
        if (item == null || item.isRemoved()) {
            throw new CommunityNotFoundException();
        }
        managed(item.getCommunity().getId());
        item.remove(clock.instant());
        em.createNativeQuery("DELETE FROM app.document_content WHERE version_id IN"
                + " (SELECT id FROM app.document_version WHERE item_id = ?1)").setParameter(1, itemId).executeUpdate();
    }

    /** Removes an empty folder (no folder in it, nothing left in it). */
    @RolesAllowed({Names.ANIMATOR, Names.ADMIN})
    public void removeFolder(long communityId, long folderId) {
        Community community = managed(communityId);
        SpaceFolder folder = folder(community, folderId);
        boolean empty = children(community, folder).isEmpty() && em.createNamedQuery("SpaceItem.inFolder", SpaceItem.class)
                .setParameter("folder", folder).setMaxResults(1).getResultList().isEmpty();
        if (!empty) {
            throw new InvalidSpaceContentException("space.folder.notEmpty");
        }
        em.remove(folder);
    }

    /** The bytes of a version, for someone allowed to read its community; the download is logged in the same transaction. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public DownloadedFile download(long versionId) {
        Account me = caller();
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null) {
            throw new CommunityNotFoundException();
        }
        SpaceItem item = version.getItem();
        readable(item.getCommunity().getId(), me);
        if (item.isRemoved()) {
            throw new CommunityNotFoundException();
        }
        em.createNativeQuery("INSERT INTO app.download_log (version_id, item_id, community_id, account_id, downloaded_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, versionId).setParameter(2, item.getId())
                .setParameter(3, item.getCommunity().getId()).setParameter(4, me.getId())
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        DocumentContent content = em.find(DocumentContent.class, versionId);
        return new DownloadedFile(version.getFileName(), version.getMediaType(), version.getSizeBytes(), content.getFileId());
    }

    private void store(DocumentVersion version, StoredFile file) {
        em.flush();
        em.persist(new DocumentContent(version.getId(), file.stored().id()));
    }

    private static String spacePath(SpaceItem item) {
        return "/space.xhtml?id=" + item.getCommunity().getId() + (item.getFolder() == null ? "" : "&folder=" + item.getFolder().getId());
    }

    /** The versions of these items, newest first, in one query (not one per document). */
    private Map<Long, List<SpaceView.VersionView>> versions(List<SpaceItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("DocumentVersion.ofItems", DocumentVersion.class).setParameter("items", items)
                .getResultStream().collect(Collectors.groupingBy(v -> v.getItem().getId(), Collectors.mapping(v ->
                        new SpaceView.VersionView(v.getId(), v.getNumber(), v.getFileName(), v.getSizeBytes(), v.getUploadedAt()),
                        Collectors.toList())));
    }

    private Map<Long, long[]> downloadCounts(List<SpaceItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_id, count(*), count(DISTINCT account_id) FROM app.download_log"
                        + " WHERE item_id = ANY(CAST(?1 AS BIGINT[])) GROUP BY item_id")
                .setParameter(1, "{" + String.join(",", items.stream().map(i -> i.getId().toString()).toList()) + "}")
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(),
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return counts;
    }

    private Community readable(long communityId, Account me) {
        Community community = em.find(Community.class, communityId);
        if (community == null || !(manages(community, me) || community.getCci().isServedBy(me) || isActiveMember(community, me))) {
            throw new CommunityNotFoundException();
        }
        return community;
    }

    private Community managed(long communityId) {
        Community community = em.find(Community.class, communityId);
        if (community == null || !manages(community, caller())) {
            throw new CommunityNotFoundException();
        }
        return community;
    }

    private boolean manages(Community community, Account me) {
        return context.isCallerInRole(Names.ADMIN) || community.isAnimatedBy(me);
    }

    private boolean isActiveMember(Community community, Account me) {
        return !em.createNativeQuery("SELECT 1 FROM app.membership WHERE community_id = ?1 AND account_id = ?2 AND status = 'ACTIVE'")
                .setParameter(1, community.getId()).setParameter(2, me.getId()).getResultList().isEmpty();
    }

    private List<SpaceFolder> children(Community community, SpaceFolder parent) {
        return (parent == null
                ? em.createNamedQuery("SpaceFolder.roots", SpaceFolder.class).setParameter("community", community)
                : em.createNamedQuery("SpaceFolder.children", SpaceFolder.class).setParameter("parent", parent)).getResultList();
    }

    private SpaceFolder folder(Community community, long folderId) {
        SpaceFolder folder = em.find(SpaceFolder.class, folderId);
        if (folder == null || !folder.getCommunity().getId().equals(community.getId())) {
            throw new CommunityNotFoundException();
        }
        return folder;
    }

    private Account caller() {
        return accounts.caller(context);
    }
}
