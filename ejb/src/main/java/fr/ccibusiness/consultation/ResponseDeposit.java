package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.company.Company;
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

/**
 * A company's response (pli) to a consultation, as deposited: who sent it, when its upload started
 * and finished, late or not, replaced or not; its key wrapped for the consultation, its text sealed,
 * its files. Nothing of its content is readable here.
 */
@Entity
@Table(name = "response_deposit")
@NamedQuery(name = "ResponseDeposit.ofConsultation", query = "SELECT DISTINCT d FROM ResponseDeposit d JOIN FETCH d.company"
        + " LEFT JOIN FETCH d.files WHERE d.consultation = :consultation ORDER BY d.finishedAt")
@NamedQuery(name = "ResponseDeposit.ofCompanies", query = "SELECT d FROM ResponseDeposit d WHERE d.consultation = :consultation"
        + " AND d.company.id IN :companies ORDER BY d.finishedAt DESC")
@NamedQuery(name = "ResponseDeposit.current", query = "SELECT d FROM ResponseDeposit d WHERE d.consultation = :consultation"
        + " AND d.company = :company AND d.late = FALSE AND d.replacedAt IS NULL")
@NamedQuery(name = "ResponseDeposit.currentOfLot", query = "SELECT d FROM ResponseDeposit d WHERE d.consultation = :consultation"
        + " AND d.company = :company AND d.lot = :lot AND d.late = FALSE AND d.replacedAt IS NULL")
public class ResponseDeposit {

    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @ManyToOne
    @JoinColumn(name = "deposited_by")
    private Account depositedBy;

    @Column(name = "seal_id", nullable = false, length = 36)
    private String sealId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    @Column(name = "sealed_text", nullable = false)
    private byte[] sealedText;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @Column(nullable = false)
    private boolean awarded;

    @OneToMany(mappedBy = "deposit", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ResponseFile> files = new ArrayList<>();

    protected ResponseDeposit() {
    }

    ResponseDeposit(Consultation consultation, Lot lot, Company company, Account by, String sealId, Instant startedAt,
                    byte[] wrappedKey, byte[] sealedText) {
        this.consultation = consultation;
        this.lot = lot;
        this.company = company;
        this.depositedBy = by;
        this.sealId = sealId;
        this.startedAt = startedAt;
        this.wrappedKey = wrappedKey;
        this.sealedText = sealedText;
    }

    void add(SealedFile file) {
        files.add(new ResponseFile(this, files.size() + 1, file));
        totalBytes += file.size();
    }

    /** Records when the upload finished, and whether that was late. */
    void finish(Instant now, boolean isLate) {
        this.finishedAt = now;
        this.late = isLate;
    }

    void replace(Instant now) {
        this.replacedAt = now;
    }

    /** Retains it at the award: only an opened, on-time, current response can win. */
    void award() {
        if (!isOpenable()) {
            throw new InvalidConsultationException("award.winners.invalid");
        }
        this.awarded = true;
    }

    public boolean isAwarded() {
        return awarded;
    }

    /** Whether the opening reads it: on time, and the company's last. */
    public boolean isOpenable() {
        return !late && replacedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    /** Its lot; none when the consultation is not split. */
    public Lot getLot() {
        return lot;
    }

    public Company getCompany() {
        return company;
    }

    public Account getDepositedBy() {
        return depositedBy;
    }

    String getSealId() {
        return sealId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    byte[] getWrappedKey() {
        return wrappedKey.clone();
    }

    byte[] getSealedText() {
        return sealedText.clone();
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public List<ResponseFile> getFiles() {
        return List.copyOf(files);
    }
}
