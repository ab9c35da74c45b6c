package fr.ccibusiness.messaging;

import java.io.Serializable;
import java.time.Instant;

/** One of my conversations in the list: with whom (null once their account is erased), when, how many unread. */
public record ConversationLine(long conversationId, Long personId, String name, Instant lastMessageAt, long unread) implements Serializable {
}
