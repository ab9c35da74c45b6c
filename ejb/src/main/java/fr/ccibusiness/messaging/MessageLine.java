package fr.ccibusiness.messaging;

import java.io.Serializable;
import java.time.Instant;

/** A message as its thread shows it; {@code sender} is null once the sender's account is erased. */
public record MessageLine(long id, boolean mine, String sender, String body, Instant sentAt, boolean removed)
        implements Serializable {
}
