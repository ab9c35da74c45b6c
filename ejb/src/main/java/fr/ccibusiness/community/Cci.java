package fr.ccibusiness.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A chamber of commerce: the regional CCI or a territorial CCI attached to it. */
@Entity
@Cacheable
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
