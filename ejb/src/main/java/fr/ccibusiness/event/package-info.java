/**
 * Events of communities and of buyers with their CCI (purpose 5): registration up to the capacity,
 * a waiting list promoted automatically, calendar invitations, reminders, and the organiser's tools.
 */
package fr.ccibusiness.event;
