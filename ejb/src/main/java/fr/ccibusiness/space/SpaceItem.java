package fr.ccibusiness.space;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.platform.StoredFile;
import fr.ccibusiness.platform.WebAddress;
import fr.ccibusiness.community.Community;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A document or a link in a folder of a community's space. A document is never overwritten: a new
 * upload is a new version and the earlier ones stay downloadable, until an animator removes it.
 */
@Entity
@Table(name = "space_item")
@NamedQuery(name = "SpaceItem.atRoot", query = "SELECT i FROM SpaceItem i WHERE i.community = :community"
        + " AND i.folder IS NULL AND i.removedAt IS NULL ORDER BY i.title, i.id")
@NamedQuery(name = "SpaceItem.inFolder", query = "SELECT i FROM SpaceItem i WHERE i.folder = :folder AND i.removedAt IS NULL"
        + " ORDER BY i.title, i.id")
public class SpaceItem {

    public static final int TITLE_MAX = 200;
    public static final int URL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne
    @JoinColumn(name = "folder_id")
    private SpaceFolder folder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = URL_MAX)
    private String url;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number DESC")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected SpaceItem() {
    }

    private SpaceItem(Community community, SpaceFolder folder, ItemKind kind, String title, Account createdBy, Instant now) {
        this.community = community;
        this.folder = folder;
        this.kind = kind;
        this.title = SpaceTexts.required(title, TITLE_MAX, "space.item.title");
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static SpaceItem link(Community community, SpaceFolder folder, String title, String url, Account by, Instant now) {
        SpaceItem item = new SpaceItem(community, folder, ItemKind.LINK, title, by, now);
        item.url = webAddress(url);
        return item;
    }

    static SpaceItem document(Community community, SpaceFolder folder, String title, Account by, Instant now) {
        return new SpaceItem(community, folder, ItemKind.DOCUMENT, title, by, now);
    }

    /** Adds the next version of a document; the earlier ones stay. */
    DocumentVersion addVersion(StoredFile file, Account by, Instant now) {
        if (kind != ItemKind.DOCUMENT || removedAt != null) {
            throw new InvalidSpaceContentException("space.item.notDocument");
        }
        DocumentVersion next = new DocumentVersion(this, versions.size() + 1, file, by, now);
        versions.add(0, next);
        updatedAt = now;
        return next;
    }

    /** Taken out of the space; it stays only as what the download log refers to. */
    void remove(Instant now) {
        removedAt = now;
        folder = null;
        updatedAt = now;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** Only absolute http(s) addresses: no "javascript:" or other scheme reaches a page. */
    static String webAddress(String value) {
        String text = SpaceTexts.required(value, URL_MAX, "space.link.url");
        if (!WebAddress.isWeb(text)) {
            throw new InvalidSpaceContentException("space.link.url");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public SpaceFolder getFolder() {
        return folder;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }
}
