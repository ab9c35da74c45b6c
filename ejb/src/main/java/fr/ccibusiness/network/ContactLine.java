package fr.ccibusiness.network;

import java.io.Serializable;
import java.time.Instant;

/** A request or a connection as listed to one of its two people: the other person, and when. */
public record ContactLine(long requestId, long personId, String name, String message, Instant at) implements Serializable {
}
