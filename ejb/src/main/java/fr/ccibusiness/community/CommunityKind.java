package fr.ccibusiness.community;

/** A filière (industrial sector) or a territoire (an area). */
public enum CommunityKind {
    SECTOR,
    TERRITORY
}
