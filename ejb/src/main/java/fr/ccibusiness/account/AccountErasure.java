package fr.ccibusiness.account;

/**
 * Fired inside the transaction that erases an account, before the account row goes. Every feature
 * that keeps personal data observes it and deletes (or anonymises) its part; the foreign keys do not
 * cascade, so a feature that forgets makes the erasure fail instead of leaving data behind.
 */
public record AccountErasure(long accountId) {
}
