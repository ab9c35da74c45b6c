package fr.ccibusiness.people;

import fr.ccibusiness.account.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One row of the people table. */
public record PersonLine(long accountId, String name, String email, String companies, Set<Role> roles, PersonStatus status,
        Instant createdAt) implements Serializable {
}
