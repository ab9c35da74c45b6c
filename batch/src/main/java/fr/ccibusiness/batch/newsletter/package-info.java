/**
 * The newsletter dispatch job: a chunk step that reads the subscribers of the moment, renders each
 * one's message and sends it over one reused SMTP connection, with retries, recording each delivery
 * with the checkpoint; its console use cases and the scheduler that starts scheduled newsletters.
 */
package fr.ccibusiness.batch.newsletter;
