/** The events' pages: the list, an event's page with registration, and the organisers' pages (event, check-in, export). */
package fr.ccibusiness.web.event;
