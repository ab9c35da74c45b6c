package fr.ccibusiness.people;

import fr.ccibusiness.account.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One account as the console shows it: who, state, roles, what they belong to and were appointed to,
 * its history, and what the caller may do with it.
 */
public record PersonCard(long accountId, String name, String email, PersonStatus status, Instant createdAt, Instant verifiedAt,
        Instant lockedAt, String lockReason, Set<Role> roles, List<String> companies, List<String> communities,
        List<Ref> animated, List<Ref> staffOf, Ref buyerOf, List<Change> history, boolean lockable, boolean rolesEditable)
        implements Serializable {

    /** Something a person is attached to (a community, a CCI, an organisation). */
    public record Ref(long id, String name) implements Serializable {
    }

    /** One line of the account's history. */
    public record Change(Instant at, String actor, String action, String detail) implements Serializable {
    }

    public boolean isLocked() {
        return status == PersonStatus.LOCKED;
    }

    public boolean isPending() {
        return status == PersonStatus.PENDING;
    }
}
