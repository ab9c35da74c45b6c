package fr.ccibusiness.messaging;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The conversations' part of a person's export: every message they sent and received, and their reports. */
@ApplicationScoped
public class MessagingPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("messages", "SELECT CASE WHEN msg.sender_id = ? THEN 'SENT' ELSE 'RECEIVED' END AS direction,"
                        + " coalesce(m.first_name || ' ' || m.last_name, '—') AS other_person, msg.sent_at, msg.body,"
                        + " msg.removed_at FROM app.message msg JOIN app.conversation c ON c.id = msg.conversation_id"
                        + " LEFT JOIN app.member m ON m.account_id = CASE WHEN c.first_id = ? THEN c.second_id ELSE c.first_id END"
                        + " WHERE c.first_id = ? OR c.second_id = ? ORDER BY msg.sent_at, msg.id", "conversation.first_id", "conversation.second_id", "message.sender_id"),
                new PersonalDataSection("message_reports", "SELECT r.reported_at, r.reason, r.status, msg.body AS message"
                        + " FROM app.message_report r JOIN app.message msg ON msg.id = r.message_id WHERE r.reporter_id = ?"
                        + " ORDER BY r.reported_at", "message_report.reporter_id"),
                new PersonalDataSection("moderation_decisions", "SELECT r.decided_at, c.name AS community, r.status"
                        + " FROM app.message_report r LEFT JOIN app.community c ON c.id = r.community_id"
                        + " WHERE r.decided_by = ? ORDER BY r.decided_at", "message_report.decided_by"));
    }
}
