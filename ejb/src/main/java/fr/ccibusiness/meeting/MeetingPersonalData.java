package fr.ccibusiness.meeting;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The meeting sessions' part of a person's export: what they published in each session, the requests
 * they sent and received (the other side by company only: the people are others' data), and their meetings.
 */
@ApplicationScoped
public class MeetingPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("meeting_participations", "SELECT e.title AS event, p.kind, c.legal_name AS company,"
                        + " p.offer, p.seek, p.unavailable_slots, p.joined_at FROM app.meeting_participant p"
                        + " JOIN app.meeting_session s ON s.id = p.session_id JOIN app.event e ON e.id = s.event_id"
                        + " LEFT JOIN app.company c ON c.id = p.company_id WHERE p.account_id = ? ORDER BY p.joined_at",
                        "meeting_participant.account_id"),
                new PersonalDataSection("meeting_requests", "SELECT r.created_at, e.title AS event,"
                        + " CASE WHEN f.account_id = me.id THEN 'SENT' ELSE 'RECEIVED' END AS direction,"
                        + " oc.legal_name AS other_company, r.reason, r.must_meet, r.status, r.decided_at"
                        + " FROM (SELECT CAST(? AS BIGINT) AS id) me JOIN app.meeting_participant f ON TRUE"
                        + " JOIN app.meeting_request r ON r.from_id = f.id OR r.to_id = f.id"
                        + " JOIN app.meeting_participant o ON o.id = CASE WHEN r.from_id = f.id THEN r.to_id ELSE r.from_id END"
                        + " LEFT JOIN app.company oc ON oc.id = o.company_id"
                        + " JOIN app.meeting_session s ON s.id = r.session_id JOIN app.event e ON e.id = s.event_id"
                        + " WHERE f.account_id = me.id ORDER BY r.created_at", "meeting_participant.account_id"),
                new PersonalDataSection("meetings", "SELECT e.title AS event, m.slot, m.table_no, m.status, m.marked_at,"
                        + " oc.legal_name AS other_company FROM app.meeting_participant p JOIN app.meeting m ON m.first_id = p.id"
                        + " OR m.second_id = p.id JOIN app.meeting_session s ON s.id = m.session_id JOIN app.event e ON e.id = s.event_id"
                        + " LEFT JOIN app.meeting_participant o ON o.id = CASE WHEN m.first_id = p.id THEN m.second_id ELSE m.first_id END"
                        + " LEFT JOIN app.company oc ON oc.id = o.company_id WHERE p.account_id = ? ORDER BY m.slot",
                        "meeting_participant.account_id"));
    }
}
