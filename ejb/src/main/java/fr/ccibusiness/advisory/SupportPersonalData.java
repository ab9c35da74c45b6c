package fr.ccibusiness.advisory;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The support services' part of a person's export: the requests they made (with their rating), the
 * messages they wrote or were sent on them, the files they joined and downloaded; for the CCI's staff,
 * the requests given to them, what they wrote, and the services they deliver.
 */
@ApplicationScoped
public class SupportPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("support_requests", "SELECT r.id AS request, o.title AS service, c.name AS cci,"
                        + " r.company_name, r.message, r.status, r.submitted_at, r.due_at, r.first_answered_at, r.closed_at,"
                        + " r.decline_reason, r.rating, r.rating_comment, r.rated_at FROM app.support_request r"
                        + " JOIN app.support_offer o ON o.id = r.offer_id JOIN app.cci c ON c.id = r.cci_id WHERE r.requester_id = ?"
                        + " ORDER BY r.submitted_at", "support_request.requester_id"),
                new PersonalDataSection("support_messages", "SELECT e.request_id AS request, e.from_cci, e.body, e.written_at"
                        + " FROM app.support_entry e JOIN app.support_request r ON r.id = e.request_id WHERE e.kind = 'MESSAGE'"
                        + " AND r.requester_id = ? ORDER BY e.written_at", "support_request.requester_id"),
                new PersonalDataSection("support_files", "SELECT a.request_id AS request, a.file_name, a.size_bytes, a.sha256,"
                        + " a.uploaded_at FROM app.support_attachment a WHERE a.uploaded_by = ? ORDER BY a.uploaded_at",
                        "support_attachment.uploaded_by"),
                new PersonalDataSection("support_downloads", "SELECT a.request_id AS request, a.file_name, d.downloaded_at"
                        + " FROM app.support_download d JOIN app.support_attachment a ON a.id = d.attachment_id"
                        + " WHERE d.account_id = ? ORDER BY d.downloaded_at", "support_download.account_id"),
                new PersonalDataSection("support_assigned", "SELECT r.id AS request, o.title AS service, r.company_name, r.status,"
                        + " r.assigned_at, r.closed_at FROM app.support_request r JOIN app.support_offer o ON o.id = r.offer_id"
                        + " WHERE r.advisor_id = ? ORDER BY r.submitted_at", "support_request.advisor_id"),
                new PersonalDataSection("support_written", "SELECT e.request_id AS request, e.kind, e.body, e.written_at"
                        + " FROM app.support_entry e WHERE e.author_id = ? ORDER BY e.written_at", "support_entry.author_id"),
                new PersonalDataSection("support_services_delivered", "SELECT o.title AS service, c.name AS cci"
                        + " FROM app.support_offer_advisor a JOIN app.support_offer o ON o.id = a.offer_id"
                        + " JOIN app.cci c ON c.id = o.cci_id WHERE a.account_id = ? ORDER BY o.title",
                        "support_offer_advisor.account_id"));
    }
}
