/**
 * The privacy policy as a versioned document, and the consent ledger that records which version each
 * person accepted and when (policy articles 2 and 9).
 */
package fr.ccibusiness.privacy;
