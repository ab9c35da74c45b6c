package fr.ccibusiness.community;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A filière or a territoire of one CCI, with its join policy, admission requirements and animators. */
@Entity
@Table(name = "community")
@NamedQuery(name = "Community.catalogue", query = "SELECT c FROM Community c JOIN FETCH c.cci ORDER BY c.kind, c.name")
@NamedQuery(name = "Community.byName", query = "SELECT c FROM Community c WHERE c.name = :name")
@NamedQuery(name = "Community.animatedBy", query = "SELECT c FROM Community c JOIN c.animators a WHERE a = :account ORDER BY c.name")
public class Community {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "cci_id")
    private Cci cci;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommunityKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false, length = 20)
    private JoinPolicy joinPolicy;

    @Column(name = "department_code", length = 3)
    private String departmentCode;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "community_requirement", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "requirement", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<AdmissionRequirement> requirements = EnumSet.noneOf(AdmissionRequirement.class);

    @ManyToMany
    @JoinTable(name = "community_animator", joinColumns = @JoinColumn(name = "community_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> animators = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Community() {
    }

    public Community(Cci cci, CommunityKind kind, String name, String description, JoinPolicy joinPolicy,
                     String departmentCode, Set<AdmissionRequirement> requirements, Instant now) {
        this.cci = cci;
        this.createdAt = now;
        describe(kind, name, description, joinPolicy, departmentCode, requirements);
    }

    public final void describe(CommunityKind newKind, String newName, String newDescription, JoinPolicy newPolicy,
                               String newDepartmentCode, Set<AdmissionRequirement> newRequirements) {
        if (newName == null || newName.isBlank() || newName.strip().length() > NAME_MAX
                || newDescription == null || newDescription.isBlank() || newDescription.length() > DESCRIPTION_MAX
                || newKind == null || newPolicy == null) {
            throw new InvalidCommunityException();
        }
        kind = newKind;
        name = newName.strip();
        description = newDescription.strip();
        joinPolicy = newPolicy;
        departmentCode = newDepartmentCode == null || newDepartmentCode.isBlank() ? null : newDepartmentCode;
        requirements = newRequirements.isEmpty() ? EnumSet.noneOf(AdmissionRequirement.class) : EnumSet.copyOf(newRequirements);
    }

    /** The account animates this community from now on, with the animator role. */
    public void addAnimator(Account account) {
        account.grant(Role.ANIMATOR);
        animators.add(account);
    }

    public void removeAnimator(Account account) {
        animators.removeIf(a -> a.getId().equals(account.getId()));
    }

    public boolean isAnimatedBy(Account account) {
        return animators.stream().anyMatch(a -> a.getId().equals(account.getId()));
    }

    public Long getId() {
        return id;
    }

    public Cci getCci() {
        return cci;
    }

    public CommunityKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Set<AdmissionRequirement> getRequirements() {
        return requirements;
    }
}
