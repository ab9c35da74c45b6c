/** The meeting sessions' pages: a participant's session and agenda, the organiser's session and table plan. */
package fr.ccibusiness.web.meeting;
