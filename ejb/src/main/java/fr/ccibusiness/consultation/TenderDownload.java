package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A download of a tender document: by whom (nobody: a visitor not signed in) and when. */
@Entity
@Table(name = "tender_download")
public class TenderDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private TenderDocumentVersion version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected TenderDownload() {
    }

    TenderDownload(TenderDocumentVersion version, Account account, Instant now) {
        this.version = version;
        this.consultation = version.getDocument().getConsultation();
        this.account = account;
        this.downloadedAt = now;
    }
}
