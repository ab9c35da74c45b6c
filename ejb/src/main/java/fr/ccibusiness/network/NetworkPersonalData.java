package fr.ccibusiness.network;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The network's part of a person's export: contact requests and connections, blocks, and what they chose to show. */
@ApplicationScoped
public class NetworkPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(
                new PersonalDataSection("contacts", "SELECT CASE WHEN r.requester_id = ? THEN 'SENT' ELSE 'RECEIVED' END AS direction,"
                        + " m.first_name || ' ' || m.last_name AS person, r.message, r.status, r.requested_at, r.decided_at"
                        + " FROM app.contact_request r JOIN app.member m ON m.account_id = CASE WHEN r.requester_id = ?"
                        + " THEN r.recipient_id ELSE r.requester_id END WHERE r.requester_id = ? OR r.recipient_id = ?"
                        + " ORDER BY r.requested_at", "contact_request.requester_id", "contact_request.recipient_id"),
                new PersonalDataSection("blocked_people", "SELECT m.first_name || ' ' || m.last_name AS person, b.blocked_at"
                        + " FROM app.member_block b JOIN app.member m ON m.account_id = b.blocked_id WHERE b.blocker_id = ?"
                        + " ORDER BY b.blocked_at", "member_block.blocker_id"),
                new PersonalDataSection("sharing", "SELECT email_visibility, phone_visibility, about_visibility, photo_visibility,"
                        + " message_notification, content_notification FROM app.member WHERE account_id = ?", "member.account_id"));
    }
}
