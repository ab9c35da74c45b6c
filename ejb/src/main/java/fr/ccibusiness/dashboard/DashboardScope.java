package fr.ccibusiness.dashboard;

import java.io.Serializable;

/**
 * What a dashboard counts: the whole platform, one CCI (its communities), or one community. Written in
 * an address as {@code platform}, {@code cci-12} or {@code community-34}.
 */
public record DashboardScope(Kind kind, Long id) implements Serializable {

    public enum Kind {
        PLATFORM, CCI, COMMUNITY
    }

    public static final DashboardScope PLATFORM = new DashboardScope(Kind.PLATFORM, null);

    /** The scope an address names, or {@code null} when it names none. */
    public static DashboardScope parse(String text) {
        if (text == null) {
            return null;
        }
        if ("platform".equals(text)) {
            return PLATFORM;
        }
        try {
            if (text.startsWith("cci-")) {
                return new DashboardScope(Kind.CCI, Long.valueOf(text.substring(4)));
            }
            if (text.startsWith("community-")) {
                return new DashboardScope(Kind.COMMUNITY, Long.valueOf(text.substring(10)));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    public String key() {
        return switch (kind) {
            case PLATFORM -> "platform";
            case CCI -> "cci-" + id;
            case COMMUNITY -> "community-" + id;
        };
    }
}
