package fr.ccibusiness.account;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A profile's photo, as re-encoded by {@link PhotoProcessor}: always a JPEG without metadata. */
@Entity
@Table(name = "member_photo")
@NamedQuery(name = "MemberPhoto.deleteOfAccount", query = "DELETE FROM MemberPhoto p WHERE p.accountId = :accountId")
public class MemberPhoto {

    public static final String CONTENT_TYPE = "image/jpeg";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MemberPhoto() {
    }

    MemberPhoto(long accountId, byte[] upload, Instant now) {
        this.accountId = accountId;
        replace(upload, now);
    }

    final void replace(byte[] upload, Instant now) {
        this.content = PhotoProcessor.process(upload);
        this.updatedAt = now;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
