/**
 * Cross-cutting infrastructure of the services: schema migration at deployment, the clock, logging,
 * settings read from the environment, outgoing mail and HTML sanitising.
 */
package fr.ccibusiness.platform;
