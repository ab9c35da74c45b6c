package fr.ccibusiness.network;

import java.io.Serializable;

/** A community two people are both active members of. */
public record SharedCommunity(long id, String name) implements Serializable {
}
