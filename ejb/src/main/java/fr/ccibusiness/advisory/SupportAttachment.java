package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.platform.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file joined to a request (when it was made) or to one of its messages; its bytes are in the file store. */
@Entity
@Table(name = "support_attachment")
@NamedQuery(name = "SupportAttachment.ofRequest", query = "SELECT a FROM SupportAttachment a WHERE a.request = :request"
        + " ORDER BY a.uploadedAt, a.id")
public class SupportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private SupportEntry entry;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SupportAttachment() {
    }

    public SupportAttachment(SupportRequest request, SupportEntry entry, StoredFile file, Account uploadedBy, Instant now) {
        this.request = request;
        this.entry = entry;
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.fileId = file.stored().id();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public SupportRequest getRequest() {
        return request;
    }

    public SupportEntry getEntry() {
        return entry;
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

    public long getFileId() {
        return fileId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
