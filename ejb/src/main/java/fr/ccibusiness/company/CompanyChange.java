package fr.ccibusiness.company;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a company's history: who changed which field, when, from what to what. */
@Entity
@Table(name = "company_change")
@NamedQuery(name = "CompanyChange.ofCompany", query = "SELECT c FROM CompanyChange c LEFT JOIN FETCH c.authorProfile"
        + " WHERE c.company = :company ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = "CompanyChange.since", query = "SELECT c FROM CompanyChange c LEFT JOIN FETCH c.authorProfile"
        + " WHERE c.company = :company AND c.companyVersion > :version ORDER BY c.changedAt, c.id")
@NamedQuery(name = "CompanyChange.forgetAuthors", query = "UPDATE CompanyChange c SET c.author = NULL"
        + " WHERE c.author.id IN :accountIds")
public class CompanyChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    /** Null once the author's account is erased: the record's history stays, the person goes. */
    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account author;

    /** The same column read as the author's profile, for their name. */
    @ManyToOne
    @JoinColumn(name = "account_id", insertable = false, updatable = false)
    private Member authorProfile;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 40)
    private String field;

    /** The version of the record the save produced (null on lines older than this column). */
    @Column(name = "company_version")
    private Long companyVersion;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected CompanyChange() {
    }

    CompanyChange(Company company, Account author, Instant changedAt, long companyVersion, Company.FieldChange change) {
        this.company = company;
        this.companyVersion = companyVersion;
        this.author = author;
        this.changedAt = changedAt;
        this.field = change.field();
        this.oldValue = change.before();
        this.newValue = change.after();
    }

    /** The author's name, or null once their account is erased. */
    public String getAuthorName() {
        return authorProfile == null ? null : authorProfile.getDisplayName();
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
