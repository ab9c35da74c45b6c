package fr.ccibusiness.consultation;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Role;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.company.Siret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A buyer: a company or public body, its buyer accounts, the CCI whose staff look after it and the
 * communities an administrator allowed it to publish to.
 */
@Entity
@Table(name = "buyer_organisation")
@NamedQuery(name = "BuyerOrganisation.all", query = "SELECT o FROM BuyerOrganisation o ORDER BY o.name")
@NamedQuery(name = "BuyerOrganisation.ofCcis", query = "SELECT o FROM BuyerOrganisation o WHERE o.cci IN :ccis ORDER BY o.name")
@NamedQuery(name = "BuyerOrganisation.bySiret", query = "SELECT o FROM BuyerOrganisation o WHERE o.siret = :siret")
@NamedQuery(name = "BuyerOrganisation.ofBuyer", query = "SELECT o FROM BuyerOrganisation o JOIN o.buyers b WHERE b = :account")
public class BuyerOrganisation {

    public static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = Siret.LENGTH)
    private String siret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BuyerKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cci_id")
    private Cci cci;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "buyer_member", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> buyers = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "buyer_grant", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "community_id"))
    private Set<Community> communities = new HashSet<>();

    @Version
    private int version;

    protected BuyerOrganisation() {
    }

    public BuyerOrganisation(String name, String siret, BuyerKind kind, Cci cci, Instant now) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw new InvalidConsultationException("buyer.name.invalid");
        }
        if (!Siret.isValid(siret)) {
            throw new InvalidConsultationException("buyer.siret.invalid");
        }
        if (kind == null || cci == null) {
            throw new InvalidConsultationException("buyer.kind.required");
        }
        this.name = cleanName;
        this.siret = Siret.normalize(siret);
        this.kind = kind;
        this.cci = cci;
        this.createdAt = now;
    }

    /** The account buys for this organisation from now on, with the buyer role. */
    public void addBuyer(Account account) {
        account.grant(Role.BUYER);
        buyers.add(account);
    }

    /** The account no longer buys for this organisation, its only one: the buyer role goes with it. */
    public void removeBuyer(Account account) {
        if (buyers.removeIf(a -> a.getId().equals(account.getId()))) {
            account.revoke(Role.BUYER);
        }
    }

    public boolean hasBuyer(Account account) {
        return buyers.stream().anyMatch(a -> a.getId().equals(account.getId()));
    }

    public void allow(Community community) {
        communities.add(community);
    }

    public void disallow(Community community) {
        communities.removeIf(c -> c.getId().equals(community.getId()));
    }

    public boolean mayPublishTo(Community community) {
        return communities.stream().anyMatch(c -> c.getId().equals(community.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSiret() {
        return siret;
    }

    public BuyerKind getKind() {
        return kind;
    }

    public Cci getCci() {
        return cci;
    }

    public Set<Account> getBuyers() {
        return Set.copyOf(buyers);
    }

    public Set<Community> getCommunities() {
        return Set.copyOf(communities);
    }
}
