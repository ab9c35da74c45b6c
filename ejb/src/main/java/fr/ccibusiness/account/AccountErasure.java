package fr.ccibusiness.account;

import java.util.List;

/**
 * Fired inside the transaction that erases accounts (one person's deletion, or a chunk of the
 * retention job), before the account rows go. Every feature that keeps personal data observes it and
 * deletes (or anonymises) its part for all the ids at once; the foreign keys do not cascade, so a
 * feature that forgets makes the erasure fail instead of leaving data behind.
 */
public record AccountErasure(List<Long> accountIds) {

    public AccountErasure {
        accountIds = List.copyOf(accountIds);
    }
}
