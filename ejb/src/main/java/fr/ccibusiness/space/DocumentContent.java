package fr.ccibusiness.space;

import fr.ccibusiness.platform.FileStore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where the bytes of a document version are: a file of the {@link FileStore}, written in the
 * transaction that records the version (an upload that fails leaves neither), deleted with this row.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    protected DocumentContent() {
    }

    DocumentContent(long versionId, long fileId) {
        this.versionId = versionId;
        this.fileId = fileId;
    }

    long getFileId() {
        return fileId;
    }
}
