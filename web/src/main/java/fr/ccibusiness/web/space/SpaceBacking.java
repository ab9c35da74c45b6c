package fr.ccibusiness.web.space;

import fr.ccibusiness.platform.BusinessException;
import fr.ccibusiness.platform.Settings;
import fr.ccibusiness.space.CommunitySpaceService;
import fr.ccibusiness.space.ItemKind;
import fr.ccibusiness.space.SpaceView;
import fr.ccibusiness.web.support.Messages;
import fr.ccibusiness.web.support.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * space.xhtml?id=…&amp;folder=…: a community's reserved space. Readers browse and download; its
 * animators also create folders, write announcements, add links, upload documents and new versions.
 * The service decides who may do what, whatever the address says.
 */
@Named
@ViewScoped
public class SpaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommunitySpaceService space;

    @Inject
    private Settings settings;

    @Inject
    private Uploads uploads;

    private Long id;
    private Long folder;
    private SpaceView view;

    private String folderName;
    private String announcementTitle;
    private String announcementBody;
    private String linkTitle;
    private String linkUrl;
    private String documentTitle;
    private transient Part documentFile;
    private Long versionOf;
    private transient Part versionFile;

    public void load() {
        view = space.space(id, folder);
    }

    public void createFolder() {
        if (act(() -> space.createFolder(id, folder, folderName), "newfolder:name", "space.folder.created")) {
            folderName = null;
        }
    }

    public void publishAnnouncement() {
        if (act(() -> space.publishAnnouncement(id, announcementTitle, announcementBody), "announcement:title",
                "space.announcement.published")) {
            announcementTitle = null;
            announcementBody = null;
        }
    }

    public void addLink() {
        if (act(() -> space.addLink(id, folder, linkTitle, linkUrl), "link:url", "space.link.added")) {
            linkTitle = null;
            linkUrl = null;
        }
    }

    public void uploadDocument() throws IOException {
        if (uploads.acceptable(documentFile, "document:file")) {
            try (InputStream content = documentFile.getInputStream()) {
                if (act(() -> space.addDocument(id, folder, documentTitle, documentFile.getSubmittedFileName(), content),
                        "document:file", "space.document.added")) {
                    documentTitle = null;
                }
            }
        }
    }

    public void uploadVersion() throws IOException {
        if (uploads.acceptable(versionFile, "version:file") && versionOf != null) {
            try (InputStream content = versionFile.getInputStream()) {
                act(() -> space.addVersion(versionOf, versionFile.getSubmittedFileName(), content), "version:file",
                        "space.version.added");
            }
        }
    }

    public void removeItem(long itemId) {
        space.removeItem(itemId);
        Messages.pageInfo("space.item.removed");
        load();
    }

    public void removeFolder(long folderId) {
        Messages.outcome(() -> space.removeFolder(id, folderId), "space.folder.removed");
        load();
    }

    /** Runs a manager's action; a refusal goes next to the field it is about, and what was typed stays. */
    private boolean act(Runnable action, String fieldId, String doneKey) {
        try {
            action.run();
            Messages.pageInfo(doneKey);
            return true;
        } catch (BusinessException e) {
            String field = switch (e.messageKey()) {
                case "space.announcement.body" -> "announcement:body";
                case "space.item.title" -> fieldId.startsWith("link") ? "link:title" : "document:title";
                default -> fieldId;
            };
            Messages.fieldError(field, e.messageKey(), settings.documentMaxMegabytes());
            return false;
        } finally {
            load();
        }
    }

    /** The documents of this folder, to choose which one gets a new version. */
    public List<SpaceView.ItemView> getDocuments() {
        return view.items().stream().filter(i -> i.kind() == ItemKind.DOCUMENT).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFolder() {
        return folder;
    }

    public void setFolder(Long folder) {
        this.folder = folder;
    }

    public SpaceView getView() {
        return view;
    }

    public String getFolderName() {
        return folderName;
    }

    public void setFolderName(String folderName) {
        this.folderName = folderName;
    }

    public String getAnnouncementTitle() {
        return announcementTitle;
    }

    public void setAnnouncementTitle(String announcementTitle) {
        this.announcementTitle = announcementTitle;
    }

    public String getAnnouncementBody() {
        return announcementBody;
    }

    public void setAnnouncementBody(String announcementBody) {
        this.announcementBody = announcementBody;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }

    public Long getVersionOf() {
        return versionOf;
    }

    public void setVersionOf(Long versionOf) {
        this.versionOf = versionOf;
    }

    public Part getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(Part versionFile) {
        this.versionFile = versionFile;
    }
}
