package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.platform.FileStore;
import fr.ccibusiness.platform.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a tender document: its name, type, size and SHA-256 (which the journal records), and
 * the file of the {@link FileStore} that holds its bytes (deleted with the row by a trigger).
 */
@Entity
@Table(name = "tender_document_version")
public class TenderDocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private TenderDocument document;

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

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TenderDocumentVersion() {
    }

    TenderDocumentVersion(TenderDocument document, int number, StoredFile file, Account by, Instant now) {
        this.document = document;
        this.number = number;
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.fileId = file.stored().id();
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public TenderDocument getDocument() {
        return document;
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

    public String getSha256() {
        return sha256;
    }

    long getFileId() {
        return fileId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
