package fr.ccibusiness.company;

import fr.ccibusiness.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person attached to a company. Only an approved link lets them edit the company's record. */
@Entity
@Table(name = "company_link")
@NamedQuery(name = "CompanyLink.ofAccount", query = "SELECT l FROM CompanyLink l JOIN FETCH l.company"
        + " WHERE l.account = :account ORDER BY l.company.legalName")
@NamedQuery(name = "CompanyLink.ofCompanyAndAccount", query = "SELECT l FROM CompanyLink l"
        + " WHERE l.company = :company AND l.account = :account")
@NamedQuery(name = "CompanyLink.ofCompanyWithStatus", query = "SELECT l FROM CompanyLink l"
        + " WHERE l.company = :company AND l.status = :status ORDER BY l.requestedAt")
@NamedQuery(name = "CompanyLink.requestsToDecideBy", query = "SELECT r FROM CompanyLink r JOIN FETCH r.company"
        + " WHERE r.status = fr.ccibusiness.company.CompanyLinkStatus.REQUESTED AND EXISTS (SELECT m FROM CompanyLink m"
        + " WHERE m.company = r.company AND m.account = :account AND m.status = fr.ccibusiness.company.CompanyLinkStatus.APPROVED)"
        + " ORDER BY r.requestedAt")
@NamedQuery(name = "CompanyLink.requestsOfCompaniesWithoutMembers", query = "SELECT r FROM CompanyLink r JOIN FETCH r.company"
        + " WHERE r.status = fr.ccibusiness.company.CompanyLinkStatus.REQUESTED AND NOT EXISTS (SELECT m FROM CompanyLink m"
        + " WHERE m.company = r.company AND m.status = fr.ccibusiness.company.CompanyLinkStatus.APPROVED)"
        + " ORDER BY r.requestedAt")
@NamedQuery(name = "CompanyLink.deleteOfAccounts", query = "DELETE FROM CompanyLink l WHERE l.account.id IN :accountIds")
public class CompanyLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompanyLinkStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected CompanyLink() {
    }

    private CompanyLink(Company company, Account account, CompanyLinkStatus status, Instant now) {
        this.company = company;
        this.account = account;
        this.status = status;
        this.requestedAt = now;
        this.decidedAt = status == CompanyLinkStatus.REQUESTED ? null : now;
    }

    /** The person who registers a company is its first member. */
    static CompanyLink founder(Company company, Account account, Instant now) {
        return new CompanyLink(company, account, CompanyLinkStatus.APPROVED, now);
    }

    static CompanyLink request(Company company, Account account, Instant now) {
        return new CompanyLink(company, account, CompanyLinkStatus.REQUESTED, now);
    }

    /** Asking again after a refusal reopens the request. */
    void askAgain(Instant now) {
        if (status == CompanyLinkStatus.REFUSED) {
            status = CompanyLinkStatus.REQUESTED;
            requestedAt = now;
            decidedAt = null;
        }
    }

    void decide(boolean approve, Instant now) {
        if (status != CompanyLinkStatus.REQUESTED) {
            throw new IllegalStateException("Request " + id + " was already decided");
        }
        status = approve ? CompanyLinkStatus.APPROVED : CompanyLinkStatus.REFUSED;
        decidedAt = now;
    }

    public boolean isApproved() {
        return status == CompanyLinkStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public Account getAccount() {
        return account;
    }

    public CompanyLinkStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
