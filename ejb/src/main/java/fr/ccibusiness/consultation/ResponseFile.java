package fr.ccibusiness.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file of a response: its name, size and SHA-256 as sent (on the receipt), its bytes encrypted in the file store. */
@Entity
@Table(name = "response_file")
public class ResponseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deposit_id")
    private ResponseDeposit deposit;

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

    protected ResponseFile() {
    }

    ResponseFile(ResponseDeposit deposit, int number, SealedFile file) {
        this.deposit = deposit;
        this.number = number;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.fileId = file.fileId();
    }

    /** What binds the encrypted bytes to this file of this deposit: moved elsewhere, they do not decrypt. */
    static byte[] associatedData(String sealId, int number) {
        return ("cci-response/" + sealId + "/file/" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public Long getId() {
        return id;
    }

    public ResponseDeposit getDeposit() {
        return deposit;
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
}
