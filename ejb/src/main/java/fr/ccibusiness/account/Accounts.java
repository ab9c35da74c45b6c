package fr.ccibusiness.account;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding accounts and their people; used by the account services inside their transactions. */
@Dependent
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream().findFirst();
    }

    /** The account of the signed-in caller, as the container authenticated it (by e-mail). */
    public Account caller(SessionContext context) {
        return byEmail(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /**
     * A new single-use link of this purpose for the account: the links of the same purpose still open
     * are revoked, so only the last one sent works. Returns the secret to put in the link.
     */
    public String issueLink(Account account, TokenPurpose purpose, Instant now) {
        em.createNamedQuery("AccountToken.revokeOpen").setParameter("now", now)
                .setParameter("account", account).setParameter("purpose", purpose)
                .executeUpdate();
        var issued = AccountToken.issue(account, purpose, now);
        em.persist(issued.token());
        return issued.secret();
    }

    public Member memberOf(Account account) {
        return em.find(Member.class, account.getId());
    }

    /** How the trails name someone who acted: "Camille Lefèvre <camille@example.org>". */
    public String label(Account account) {
        return label(memberOf(account).getDisplayName(), account);
    }

    /** The same, the person's name already known. */
    public static String label(String displayName, Account account) {
        return displayName + " <" + account.getEmail() + ">";
    }

    /** The display names of these accounts' people, by account id, in one query whatever their number. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        // One array parameter (an IN list binds one parameter per id, which PostgreSQL refuses past 32,767),
        // and the names only: no account loaded for each person.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, first_name || ' ' || last_name FROM app.member"
                + " WHERE account_id = ANY(CAST(?1 AS BIGINT[]))").setParameter(1, AccountEraser.array(List.copyOf(accountIds)))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    public Optional<AccountToken> tokenBySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", PasswordHasher.sha256Hex(secret))
                .getResultStream().findFirst();
    }
}
