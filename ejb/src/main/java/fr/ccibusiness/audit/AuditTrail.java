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
import java.util.List;
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
        String actorLabel = accounts.label(actor);
        // One query for every subject's name, whatever the length of the list that was read.
        Map<Long, String> names = accounts.displayNames(subjects.stream().map(Account::getId).toList());
        for (Account subject : subjects) {
            em.persist(new AuditEntry(now, actor.getId(), actorLabel, role.realmName(), subject.getId(),
                    Accounts.label(names.get(subject.getId()), subject), what));
        }
    }

    /**
     * A page of a list of people read at once (a community's members): one row naming them by their
     * account ids, however many, so that the trail stays readable and its writing cheap.
     */
    public void readPage(Account actor, Role role, Collection<Long> subjectIds, String subjectLabel, String what) {
        if (!subjectIds.isEmpty()) {
            insertRow(actor, role, subjectIds, subjectLabel, what);
        }
    }

    /**
     * An export of a list that names people: one row naming those with an account, written even when
     * none has one any more (the export happened).
     */
    public void export(Account actor, Role role, Collection<Long> subjectIds, String subjectLabel, String what) {
        insertRow(actor, role, subjectIds, subjectLabel, what);
    }

    private void insertRow(Account actor, Role role, Collection<Long> subjectIds, String subjectLabel, String what) {
        em.createNativeQuery("INSERT INTO app.audit_entry (occurred_at, actor_id, actor_label, actor_role, subject_label, what,"
                        + " subject_ids) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS BIGINT[]))")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, actor.getId())
                .setParameter(3, accounts.label(actor)).setParameter(4, role.realmName()).setParameter(5, subjectLabel)
                .setParameter(6, what).setParameter(7, AccountEraser.array(List.copyOf(subjectIds))).executeUpdate();
    }

    /** A read about someone who may have no account (a rights request from a visitor). */
    public void read(Account actor, Role role, String subjectLabel, String what) {
        em.persist(new AuditEntry(clock.instant(), actor.getId(), accounts.label(actor), role.realmName(), null, subjectLabel, what));
    }


    /** An erased person stays in the trail as a number: their name and address go. */
    void erase(@Observes AccountErasure erasure) {
        String ids = AccountEraser.array(erasure.accountIds());
        em.createNativeQuery("UPDATE app.audit_entry SET subject_label = NULL WHERE subject_account_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.audit_entry SET actor_id = NULL, actor_label = NULL WHERE actor_id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("UPDATE app.audit_entry SET subject_ids = ARRAY(SELECT s FROM unnest(subject_ids) s"
                + " WHERE s <> ALL(CAST(?1 AS BIGINT[]))) WHERE subject_ids && CAST(?1 AS BIGINT[])").setParameter(1, ids).executeUpdate();
    }
}
