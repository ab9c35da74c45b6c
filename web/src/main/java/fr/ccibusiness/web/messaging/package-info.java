/** Pages of the conversations: my conversations, one thread, and the animators' moderation queue. */
package fr.ccibusiness.web.messaging;
