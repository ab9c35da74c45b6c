package fr.ccibusiness.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A consultation's key pair (see {@link SealingKeys}): the public half seals its responses, the
 * private half, encrypted with the master key, is released once, when a buyer opens the responses
 * after the deadline.
 */
@Entity
@Table(name = "consultation_key")
public class ConsultationKey {

    @Id
    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "public_keyset", nullable = false)
    private byte[] publicKeyset;

    @Column(name = "sealed_private_keyset", nullable = false)
    private byte[] sealedPrivateKeyset;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected ConsultationKey() {
    }

    byte[] getPublicKeyset() {
        return publicKeyset.clone();
    }

    /** The private half, for an opened consultation only. */
    byte[] release(Consultation consultation, Instant now) {
        ConsultationStatus state = consultation.state(now);
        if (state != ConsultationStatus.OPENED && state != ConsultationStatus.AWARDED) {
            throw new ResponsesSealedException();
        }
        if (releasedAt == null) {
            releasedAt = now;
        }
        return sealedPrivateKeyset.clone();
    }
}
