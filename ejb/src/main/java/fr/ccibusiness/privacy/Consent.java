package fr.ccibusiness.privacy;

import fr.ccibusiness.account.Account;
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

/** One line of the consent ledger: this person accepted this version of the policy at that time. */
@Entity
@Table(name = "consent")
@NamedQuery(name = "Consent.ofAccountNewestFirst",
        query = "SELECT c FROM Consent c JOIN FETCH c.policyVersion WHERE c.account.id = :accountId ORDER BY c.givenAt DESC, c.id DESC")
@NamedQuery(name = "Consent.deleteOfAccounts", query = "DELETE FROM Consent c WHERE c.account.id IN :accountIds")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_version_id")
    private PolicyVersion policyVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Consent() {
    }

    public Consent(Account account, PolicyVersion policyVersion, Instant givenAt) {
        this.account = account;
        this.policyVersion = policyVersion;
        this.givenAt = givenAt;
    }

    public PolicyVersion getPolicyVersion() {
        return policyVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
