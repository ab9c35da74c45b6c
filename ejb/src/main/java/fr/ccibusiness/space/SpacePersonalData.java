package fr.ccibusiness.space;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The community spaces' part of a person's export: the log of the documents they downloaded, and what
 * they published there (announcements, documents and their versions, links), which stays in the space
 * without their name once they leave.
 */
@ApplicationScoped
public class SpacePersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("downloads", "SELECT d.downloaded_at, c.name AS community, i.title AS document,"
                + " v.number AS version, v.file_name FROM app.download_log d JOIN app.community c ON c.id = d.community_id"
                + " JOIN app.space_item i ON i.id = d.item_id JOIN app.document_version v ON v.id = d.version_id"
                + " WHERE d.account_id = ? ORDER BY d.downloaded_at", "download_log.account_id"),
                new PersonalDataSection("announcements_written", "SELECT a.published_at, c.name AS community, a.title,"
                        + " a.body_html FROM app.announcement a JOIN app.community c ON c.id = a.community_id"
                        + " WHERE a.author_id = ? ORDER BY a.published_at", "announcement.author_id"),
                new PersonalDataSection("space_items_created", "SELECT i.created_at, c.name AS community, i.kind, i.title,"
                        + " i.url, i.removed_at FROM app.space_item i JOIN app.community c ON c.id = i.community_id"
                        + " WHERE i.created_by = ? ORDER BY i.created_at", "space_item.created_by"),
                new PersonalDataSection("document_versions_uploaded", "SELECT v.uploaded_at, c.name AS community,"
                        + " i.title AS document, v.number AS version, v.file_name, v.size_bytes FROM app.document_version v"
                        + " JOIN app.space_item i ON i.id = v.item_id JOIN app.community c ON c.id = i.community_id"
                        + " WHERE v.uploaded_by = ? ORDER BY v.uploaded_at", "document_version.uploaded_by"));
    }
}
