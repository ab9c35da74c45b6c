package fr.ccibusiness.space;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A folder of a community's space as one reader sees it: where it is, what it holds, the
 * announcements (at the root), and whether the reader manages the space (who then sees download counts).
 */
public record SpaceView(String communityName, boolean manager, List<FolderRef> path, List<FolderRef> folders,
                        List<ItemView> items, List<AnnouncementView> announcements) implements Serializable {

    /** A folder, to link to. */
    public record FolderRef(long id, String name) implements Serializable {
    }

    /** A document (versions newest first) or a link; downloads and people are counted for managers only. */
    public record ItemView(long id, ItemKind kind, String title, String url, List<VersionView> versions,
                           long downloads, long people) implements Serializable {
    }

    public record VersionView(long id, int number, String fileName, long sizeBytes, Instant uploadedAt) implements Serializable {
    }

    public record AnnouncementView(long id, String title, String bodyHtml, Instant publishedAt) implements Serializable {
    }
}
