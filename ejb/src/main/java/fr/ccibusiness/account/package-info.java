/**
 * Accounts: registration with consent, e-mail verification, sign-in rules and the connection log,
 * password reset, and "Mon compte" (rename, password, e-mail, immediate deletion).
 */
package fr.ccibusiness.account;
