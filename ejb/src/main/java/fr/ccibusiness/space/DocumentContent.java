package fr.ccibusiness.space;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a document version, in PostgreSQL next to its metadata and written in the same
 * transaction: an upload that fails leaves neither, a restart loses nothing, and every application
 * server of a cluster reads the same files without a shared disk.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
