package fr.ccibusiness.privacy;

import fr.ccibusiness.platform.HtmlSanitizer;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One published version of the privacy policy, in French and English. Never edited: a change is a new version. */
@Entity
@Cacheable
@Table(name = "policy_version")
@NamedQuery(name = "PolicyVersion.newestFirst",
        query = "SELECT p FROM PolicyVersion p ORDER BY p.publishedOn DESC, p.id DESC")
@NamedQuery(name = "PolicyVersion.byLabel", query = "SELECT p FROM PolicyVersion p WHERE p.label = :label")
public class PolicyVersion {

    public static final int LABEL_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "text_fr", nullable = false)
    private String textFr;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PolicyVersion() {
    }

    /** The texts are sanitised here, once: pages may then render them as HTML. */
    public PolicyVersion(String label, LocalDate publishedOn, String htmlFr, String htmlEn, Instant now) {
        if (label == null || label.isBlank() || label.length() > LABEL_MAX) {
            throw new IllegalArgumentException("A policy version needs a label of at most " + LABEL_MAX + " characters");
        }
        this.label = label.strip();
        this.publishedOn = publishedOn;
        this.textFr = HtmlSanitizer.sanitize(htmlFr);
        this.textEn = HtmlSanitizer.sanitize(htmlEn);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String textIn(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textFr;
    }
}
