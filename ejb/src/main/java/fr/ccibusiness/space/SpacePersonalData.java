package fr.ccibusiness.space;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The community spaces' part of a person's export: the log of the documents they downloaded. */
@ApplicationScoped
public class SpacePersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("downloads", "SELECT d.downloaded_at, c.name AS community, i.title AS document,"
                + " v.number AS version, v.file_name FROM app.download_log d JOIN app.community c ON c.id = d.community_id"
                + " JOIN app.space_item i ON i.id = d.item_id JOIN app.document_version v ON v.id = d.version_id"
                + " WHERE d.account_id = ? ORDER BY d.downloaded_at"));
    }
}
