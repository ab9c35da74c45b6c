package fr.ccibusiness.network;

import java.io.Serializable;
import java.util.List;

/**
 * Someone of my communities I might want to know: the competences we share, and the code of their
 * company's activity when it is a neighbour of mine (same NAF division, another code).
 */
public record Suggestion(long personId, String name, String jobTitle, List<String> sharedCompetences,
                         String neighbourNafCode) implements Serializable {
}
