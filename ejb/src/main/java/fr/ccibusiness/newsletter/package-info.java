/**
 * Community newsletters (policy article 7): animators write them, the dispatch job (batch module)
 * sends them to the subscribers of the moment, each with a signed one-click unsubscribe link.
 */
package fr.ccibusiness.newsletter;
