package fr.ccibusiness.account;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deletes accounts with every personal datum, in the caller's transaction: each feature removes its
 * part on {@link AccountErasure}, then the account's own rows go. Statements work on the whole list,
 * so that the retention job erases a chunk in a few statements rather than a few per person.
 */
@Dependent
@Transactional(TxType.MANDATORY)
public class AccountEraser {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AccountErasure> erasure;

    @Inject
    private EmailKeys emailKeys;

    /** Returns how many accounts were deleted: ids already gone are skipped, so erasing twice is harmless. */
    public int erase(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        erasure.fire(new AccountErasure(accountIds));
        em.flush();
        forgetTypedAddresses(accountIds);
        for (String table : List.of("account_token", "connection_log", "member_photo", "member_competence", "member",
                "account_role")) {
            em.createNativeQuery("DELETE FROM app." + table + " WHERE account_id = ANY(CAST(?1 AS BIGINT[]))")
                    .setParameter(1, array(accountIds)).executeUpdate();
        }
        int deleted = em.createNativeQuery("DELETE FROM app.account WHERE id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, array(accountIds)).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Member.class);
        em.getEntityManagerFactory().getCache().evict(Account.class);
        return deleted;
    }

    /**
     * The attempts logged under the key of the person's address without their account (failed
     * sign-ins before they registered, requests for links): the platform can still tell them theirs.
     */
    private void forgetTypedAddresses(List<Long> accountIds) {
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("SELECT email FROM app.account WHERE id = ANY(CAST(?1 AS BIGINT[]))")
                .setParameter(1, array(accountIds)).getResultList();
        if (emails.isEmpty()) {
            return;
        }
        String keys = emails.stream().map(emailKeys::of).collect(Collectors.joining(",", "{", "}"));
        for (String table : List.of("connection_log", "link_request")) {
            em.createNativeQuery("DELETE FROM app." + table + " WHERE email_key = ANY(CAST(?1 AS TEXT[]))")
                    .setParameter(1, keys).executeUpdate();
        }
    }

    /** The ids as a PostgreSQL array literal, bound as one text parameter whatever their number. */
    public static String array(List<Long> ids) {
        StringBuilder literal = new StringBuilder("{");
        for (Long id : ids) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append(id.longValue());
        }
        return literal.append('}').toString();
    }
}
