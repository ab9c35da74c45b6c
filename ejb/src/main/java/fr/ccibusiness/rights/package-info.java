/**
 * Rights requests (policy article 4) from people who cannot or do not want to use "Mon compte": a
 * public form verified by e-mail, then the DPO's queue with its legal due dates, extensions, actions
 * and daily digest.
 */
package fr.ccibusiness.rights;
