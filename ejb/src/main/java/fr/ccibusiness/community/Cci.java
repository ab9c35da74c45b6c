package fr.ccibusiness.community;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A chamber of commerce: the regional CCI or a territorial CCI attached to it. */
@Entity
@Table(name = "cci")
@NamedQuery(name = "Cci.regionalFirst", query = "SELECT c FROM Cci c ORDER BY c.regional DESC, c.name")
@NamedQuery(name = "Cci.byCode", query = "SELECT c FROM Cci c WHERE c.code = :code")
public class Cci {

    public static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false)
    private boolean regional;

    /** CCI staff who serve this CCI's communities (support requests, rights requests). */
    @ManyToMany
    @JoinTable(name = "cci_staff", joinColumns = @JoinColumn(name = "cci_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> staff = new HashSet<>();

    @Version
    private long version;

    protected Cci() {
    }

    public Cci(String code, String name, String city, boolean regional) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.regional = regional;
    }

    /** The account serves this CCI from now on, with the staff role. */
    public void addStaff(Account account) {
        account.grant(Role.CCI_STAFF);
        staff.add(account);
    }

    public void removeStaff(Account account) {
        staff.removeIf(a -> a.getId().equals(account.getId()));
    }

    public boolean isServedBy(Account account) {
        return staff.stream().anyMatch(a -> a.getId().equals(account.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public boolean isRegional() {
        return regional;
    }
}
