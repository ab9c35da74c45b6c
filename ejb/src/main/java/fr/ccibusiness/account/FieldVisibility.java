package fr.ccibusiness.account;

/** Who, besides the person, sees one field of their profile: their choice, field by field. */
public enum FieldVisibility {
    NOBODY,
    CONNECTIONS,
    COMMUNITIES;

    /** Whether a viewer who is (or is not) connected with the person, or shares a community with them, sees the field. */
    public boolean shownTo(boolean connected, boolean sharesCommunity) {
        return switch (this) {
            case NOBODY -> false;
            case CONNECTIONS -> connected;
            case COMMUNITIES -> connected || sharesCommunity;
        };
    }
}
