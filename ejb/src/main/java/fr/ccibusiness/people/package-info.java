/**
 * The people console: every account of the base in one lazy table for administrators (and, for the
 * people of their CCI, its staff), locking and unlocking, roles and appointments (buyers, staff,
 * animators), a confirmation sent again, each change written to the account's history.
 */
package fr.ccibusiness.people;
