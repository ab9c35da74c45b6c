package fr.ccibusiness.space;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.platform.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a document: what was uploaded, when and by whom; the bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "document_version")
@NamedQuery(name = "DocumentVersion.ofItems", query = "SELECT v FROM DocumentVersion v WHERE v.item IN :items"
        + " ORDER BY v.item.id, v.number DESC")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private SpaceItem item;

    @Column(nullable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(SpaceItem item, int number, StoredFile file, Account uploadedBy, Instant now) {
        this.item = item;
        this.number = number;
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public SpaceItem getItem() {
        return item;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
