package fr.ccibusiness.audit;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.AccountEraser;
import fr.ccibusiness.account.AccountErasure;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the audit trail from inside the services that show people's data in a console, in their
 * transaction: a read that happened is a read that is recorded.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    /** {@code actor}, acting as {@code role}, read {@code what} of each of {@code subjects}. */
    public void read(Account actor, Role role, Collection<Account> subjects, String what) {
        if (subjects.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String actorLabel = label(actor);
        // One query for every subject's name, whatever the length of the list that was read.
        Map<Long, String> names = accounts.displayNames(subjects.stream().map(Account::getId).toList());
        for (Account subject : subjects) {
            em.persist(new AuditEntry(now, actor.getId(), actorLabel, role.realmName(), subject.getId(),
                    label(names.get(subject.getId()), subject), what));
        }
    }

    /** A read about someone who may have no account (a rights request from a visitor). */
    public void read(Account actor, Role role, String subjectLabel, String what) {
        em.persist(new AuditEntry(clock.instant(), actor.getId(), label(actor), role.realmName(), null, subjectLabel, what));
    }

    private String label(Account account) {
        return label(accounts.memberOf(account).getDisplayName(), account);
    }

    private static String label(String name, Account account) {
        return name + " <" + account.getEmail() + ">";
    }

    /** An erased person stays in the trail as a number: their name and address go. */
    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        em.createNativeQuery("UPDATE app.audit_entry SET subject_label = NULL WHERE subject_account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.audit_entry SET actor_id = NULL, actor_label = NULL WHERE actor_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
    }
}
