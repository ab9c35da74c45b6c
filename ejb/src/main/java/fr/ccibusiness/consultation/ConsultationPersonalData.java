package fr.ccibusiness.consultation;

import fr.ccibusiness.privacy.PersonalDataSection;
import fr.ccibusiness.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The consultations' part of a person's export: the buyer organisation they act for, the consultations
 * they created, the tender documents they uploaded or downloaded, and the journal lines that name them.
 */
@ApplicationScoped
public class ConsultationPersonalData implements PersonalDataSource {

    @Override
    public List<PersonalDataSection> sections() {
        return List.of(new PersonalDataSection("buyer_organisation", "SELECT o.name, o.siret, o.kind FROM app.buyer_member m"
                        + " JOIN app.buyer_organisation o ON o.id = m.organisation_id WHERE m.account_id = ?",
                        "buyer_member.account_id"),
                new PersonalDataSection("consultations_created", "SELECT c.created_at, o.name AS organisation, c.reference,"
                        + " c.title FROM app.consultation c JOIN app.buyer_organisation o ON o.id = c.organisation_id"
                        + " WHERE c.created_by = ? ORDER BY c.created_at", "consultation.created_by"),
                new PersonalDataSection("tender_documents_uploaded", "SELECT v.uploaded_at, c.reference AS consultation,"
                        + " d.title AS document, v.number AS version, v.file_name, v.size_bytes, v.sha256"
                        + " FROM app.tender_document_version v JOIN app.tender_document d ON d.id = v.document_id"
                        + " JOIN app.consultation c ON c.id = d.consultation_id WHERE v.uploaded_by = ? ORDER BY v.uploaded_at",
                        "tender_document_version.uploaded_by"),
                new PersonalDataSection("tender_downloads", "SELECT t.downloaded_at, c.reference AS consultation,"
                        + " c.title AS consultation_title, d.title AS document, v.number AS version, v.file_name"
                        + " FROM app.tender_download t JOIN app.tender_document_version v ON v.id = t.version_id"
                        + " JOIN app.tender_document d ON d.id = v.document_id JOIN app.consultation c ON c.id = t.consultation_id"
                        + " WHERE t.account_id = ? ORDER BY t.downloaded_at", "tender_download.account_id"),
                new PersonalDataSection("responses_deposited", "SELECT d.finished_at, c.reference AS consultation,"
                        + " co.legal_name AS company, d.late, d.replaced_at, d.total_bytes,"
                        + " (SELECT count(*) FROM app.response_file f WHERE f.deposit_id = d.id) AS files"
                        + " FROM app.response_deposit d JOIN app.consultation c ON c.id = d.consultation_id"
                        + " JOIN app.company co ON co.id = d.company_id WHERE d.deposited_by = ? ORDER BY d.finished_at",
                        "response_deposit.deposited_by"),
                new PersonalDataSection("consultation_questions", "SELECT q.asked_at, c.reference AS consultation, q.question,"
                        + " q.answer, q.answered_at, q.to_all FROM app.consultation_question q JOIN app.consultation c"
                        + " ON c.id = q.consultation_id WHERE q.asked_by = ? ORDER BY q.asked_at", "consultation_question.asked_by"),
                new PersonalDataSection("consultation_answers", "SELECT q.answered_at, c.reference AS consultation, q.answer,"
                        + " q.to_all FROM app.consultation_question q JOIN app.consultation c ON c.id = q.consultation_id"
                        + " WHERE q.answered_by = ? ORDER BY q.answered_at", "consultation_question.answered_by"),
                new PersonalDataSection("consultations_followed", "SELECT f.created_at, c.reference AS consultation, c.title"
                        + " FROM app.consultation_follower f JOIN app.consultation c ON c.id = f.consultation_id"
                        + " WHERE f.account_id = ? ORDER BY f.created_at", "consultation_follower.account_id"),
                new PersonalDataSection("consultation_journal", "SELECT j.recorded_at, c.reference AS consultation, j.kind,"
                        + " j.actor_number, j.detail FROM app.consultation_journal j JOIN app.consultation c"
                        + " ON c.id = j.consultation_id WHERE j.actor_id = ? ORDER BY j.recorded_at", "consultation_journal.actor_id"));
    }
}
