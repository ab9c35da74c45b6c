package fr.ccibusiness.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The person behind an account: the personal fields of the policy (article 2). Registration asks
 * only for the names; later profile fields join them here.
 */
@Entity
@Table(name = "member")
public class Member {

    public static final int NAME_MAX = 100;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Version
    private long version;

    protected Member() {
    }

    public Member(Account account, String lastName, String firstName) {
        this.account = account;
        rename(lastName, firstName);
    }

    /** Names are kept as typed (trimmed): markup in them is harmless because every page escapes it. */
    public final void rename(String newLastName, String newFirstName) {
        this.lastName = requireName(newLastName);
        this.firstName = requireName(newFirstName);
    }

    public Account getAccount() {
        return account;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidNameException();
        }
        return trimmed;
    }
}
