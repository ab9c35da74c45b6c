package fr.ccibusiness.messaging;

import java.io.Serializable;

/** A community offered as the addressee of a report: one both people belong to. */
public record CommunityOption(long id, String name) implements Serializable {
}
