package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.platform.StoredFile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of a consultation's tender documents (its DCE): a title and every version uploaded, newest first. */
@Entity
@Table(name = "tender_document")
@NamedQuery(name = "TenderDocument.ofConsultation", query = "SELECT d FROM TenderDocument d WHERE d.consultation = :consultation"
        + " ORDER BY d.id")
public class TenderDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(nullable = false, length = Consultation.TITLE_MAX)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number DESC")
    private List<TenderDocumentVersion> versions = new ArrayList<>();

    protected TenderDocument() {
    }

    TenderDocument(Consultation consultation, String title, Instant now) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > Consultation.TITLE_MAX) {
            throw new InvalidConsultationException("consultation.documentTitle.invalid");
        }
        if (!consultation.acceptsDocuments(now)) {
            throw new InvalidConsultationException("consultation.state.closed");
        }
        this.consultation = consultation;
        this.title = cleanTitle;
        this.createdAt = now;
    }

    /** A new version, numbered after the last; refused once the consultation is closed. */
    TenderDocumentVersion addVersion(StoredFile file, Account by, Instant now) {
        if (!consultation.acceptsDocuments(now)) {
            throw new InvalidConsultationException("consultation.state.closed");
        }
        TenderDocumentVersion version = new TenderDocumentVersion(this, versions.size() + 1, file, by, now);
        versions.add(0, version);
        return version;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getTitle() {
        return title;
    }

    public List<TenderDocumentVersion> getVersions() {
        return List.copyOf(versions);
    }
}
