/**
 * Networking within a community (purpose 2): contact requests and connections, suggestions, blocking,
 * and the relations between two people that decide what each sees and may do.
 */
package fr.ccibusiness.network;
