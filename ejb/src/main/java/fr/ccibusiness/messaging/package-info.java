/**
 * 1:1 conversations between connected members or members who share a community, their unread
 * counts, reports of messages to a community's animators and the moderation queue.
 */
package fr.ccibusiness.messaging;
