/** The animators' newsletter pages, and the unsubscribe link's pages. */
package fr.ccibusiness.web.newsletter;
