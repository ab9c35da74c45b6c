package fr.ccibusiness.notification;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The notifications' part of a person's export: what they were, or are to be, told by e-mail. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("notifications", "SELECT n.created_at, n.kind, n.message_key AS about,"
                + " n.link, n.due_at, n.sent_at FROM app.notification n WHERE n.account_id = ? ORDER BY n.created_at, n.id",
                "notification.account_id"));
    }
}
