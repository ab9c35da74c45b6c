/**
 * E-mails about what is new for someone (a message, a contact request, content in a community):
 * queued in the sender's transaction, sent at once or in the morning digest, as each member chose.
 */
package fr.ccibusiness.notification;
